import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeChangeSet } from '../../shared/customers/changeSet.ts';
import { planMerge } from '../../shared/customers/planMerge.ts';
import { watchMergedRows } from '../../shared/customers/watchMergedRows.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { customerNameKey } from '../../shared/domain/customerNameKey.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { clientWriter, createTeamHarness, eventually, goOffline, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
const stops: (() => void)[] = [];
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  await team.close();
});

const desk = async (role: Role, name: string): Promise<TestClient> => {
  const db = await openDatabase({ name: `${role}${Date.now()}${Math.random()}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers', 'followups', 'comments'] });
  return team.connect(name, db, await team.member(role, name));
};
const watch = (c: TestClient, role: Role) => stops.push(watchMergedRows(c.db, clientWriter(c), role, { settleMs: 50 }));
const followUp = async (c: TestClient, id: string) => (await c.db.followups.findOne(id).exec())?.toJSON();

/** The rep's two customers (one a duplicate of the other) with a follow-up on the duplicate, on both desktops. */
const twoCustomers = async (office: TestClient, rep: TestClient) => {
  const w = clientWriter(rep);
  const me = rep.member.memberId;
  await insertStamped(rep.db.customers, newCustomerFields('c1', '苏州恒瑞精密机械有限公司', me), w);
  await insertStamped(rep.db.customers, { ...newCustomerFields('c2', '恒瑞精密（苏州）', me), nameKey: customerNameKey('恒瑞精密（苏州）') }, w);
  await insertStamped(rep.db.followups, sampleFollowUp('f1', me, { customerId: 'c2', summary: '首次电话' }), w);
  await eventually(async () => expect(await followUp(office, 'f1')).toMatchObject({ customerId: 'c2' }));
};

/** The manager merges c2 into c1 on the office desktop, as the merge dialog does. */
const mergeOnOffice = async (office: TestClient) => {
  const [keep, drop] = [(await office.db.customers.findOne('c1').exec())!.toMutableJSON(), (await office.db.customers.findOne('c2').exec())!.toMutableJSON()];
  const followUps = (await office.db.followups.find({ selector: { customerId: 'c2' } }).exec()).map((d) => d.toMutableJSON());
  await writeChangeSet(office.db, planMerge(keep, drop, followUps, [], Date.now()), 'after', clientWriter(office));
};

describe('merging customers while a desktop is offline', () => {
  it('a follow-up the rep adds to the duplicate offline is re-pointed after sync (the rep\u2019s own desktop moves it)', async () => {
    const office = await desk('manager', '陈主管');
    const rep = await desk('rep', '李娜');
    await twoCustomers(office, rep);
    watch(rep, 'rep');

    await goOffline(rep);
    await insertStamped(rep.db.followups, sampleFollowUp('late', rep.member.memberId, { customerId: 'c2', summary: '离线时补记的拜访' }), clientWriter(rep));
    await mergeOnOffice(office);
    expect(await followUp(office, 'f1')).toMatchObject({ customerId: 'c1' });

    const back = team.connect('李娜', rep.db, rep.member);
    for (const c of [office, back]) {
      await eventually(async () => {
        expect(await followUp(c, 'late')).toMatchObject({ customerId: 'c1', conflicts: [] });
        expect(await followUp(c, 'f1')).toMatchObject({ customerId: 'c1' });
        expect((await c.db.customers.findOne('c2').exec())?.toJSON()).toMatchObject({ trashed: true, mergedInto: 'c1' });
      }, 15_000);
    }
  });

  it('when the rep\u2019s desktop does not move it, the manager\u2019s does once the row arrives', async () => {
    const office = await desk('manager', '陈主管');
    const rep = await desk('rep', '李娜');
    await twoCustomers(office, rep);
    watch(office, 'manager');

    await goOffline(rep);
    await insertStamped(rep.db.followups, sampleFollowUp('late', rep.member.memberId, { customerId: 'c2' }), clientWriter(rep));
    await mergeOnOffice(office);
    const back = team.connect('李娜', rep.db, rep.member);
    for (const c of [office, back]) await eventually(async () => expect(await followUp(c, 'late')).toMatchObject({ customerId: 'c1', conflicts: [] }), 15_000);
    // Nothing is left naming the duplicate anywhere.
    for (const c of [office, back]) expect(await c.db.followups.count({ selector: { customerId: 'c2' } }).exec()).toBe(0);
  });
});

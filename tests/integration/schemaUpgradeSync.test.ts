import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectionSpecs, type SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { mergeConflictHandler } from '../../shared/sync/mergeConflictHandler.ts';
import { createTeamHarness, eventually } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

// Customers v0 as they shipped: v1 without the three optional fields it added.
const v1 = collectionSpecs.customers.schema;
const { expectedCloseDate: _a, gradeHistory: _b, mergedInto: _c, ...v0Properties } = v1.properties;
const customerSchemaV0 = { ...v1, version: 0, properties: v0Properties } as unknown as RxJsonSchema<Record<string, unknown>>;
const persistent = () => validatingStorage(getRxStorageDexie({ indexedDB, IDBKeyRange }));

describe('a desktop upgraded to a newer customer schema while it has unsynced edits', () => {
  it('migrates its replica on start and syncs its offline edit; a teammate’s edit to another field survives', async () => {
    const office = await team.client('张伟');
    const officeCustomers = await openDatabase({ name: `office-c-${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers'] });
    const officeDesk = team.connect('张伟-客户', officeCustomers, office.member);
    const joined = await team.member('admin', '王五');
    const name = `old-desk-${Date.now()}`;

    // The old release: customers at v0.
    const old = await createRxDatabase({ name, storage: persistent(), localDocuments: true });
    await old.addCollections({ customers: { schema: customerSchemaV0, conflictHandler: mergeConflictHandler as never } });
    const oldDesk = team.connect('王五', old as unknown as SalesDeskDatabase, joined);
    const writer = { memberId: joined.memberId, clock: createHlcClock('old', Date.now), now: Date.now };
    await insertStamped(oldDesk.db.customers, newCustomerFields('c1', '苏州恒瑞精密机械有限公司', joined.memberId), writer);
    await eventually(async () => expect(await officeDesk.db.customers.findOne('c1').exec()).not.toBeNull());

    // Offline on v0: rename. Meanwhile the office (v1) sets the region and an expected close date.
    await oldDesk.sync.stop();
    oldDesk.conn.close();
    await patchStamped((await oldDesk.db.customers.findOne('c1').exec())!, { name: '苏州恒瑞精密机械股份有限公司' }, writer);
    await old.close();
    const officeWriter = { memberId: office.member.memberId, clock: createHlcClock('office', Date.now), now: Date.now };
    await patchStamped((await officeDesk.db.customers.findOne('c1').exec())!, { region: '苏州', expectedCloseDate: '2026-12-20' }, officeWriter);

    // The new release starts: the replica migrates to v1, then syncs.
    const upgraded = team.connect('王五', await openDatabase({ name, storage: persistent(), only: ['customers'] }), joined);
    expect((await upgraded.db.customers.findOne('c1').exec())?.name).toBe('苏州恒瑞精密机械股份有限公司');
    for (const desk of [upgraded, officeDesk]) {
      await eventually(async () => {
        const c = (await desk.db.customers.findOne('c1').exec())?.toJSON();
        expect(c).toMatchObject({ name: '苏州恒瑞精密机械股份有限公司', region: '苏州', expectedCloseDate: '2026-12-20', conflicts: [] });
      });
    }
  });
});

import { cleanup, render } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { Contact } from '../../../../../shared/db/schemas/customerSchema.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { insertStamped, patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { sampleFollowUp } from '../../../../../tests/support/sampleFollowUp.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { RegradeEffect } from './RegradeEffect.tsx';

let db: SalesDeskDatabase;
const writer = (memberId: string) => ({ memberId, clock: createHlcClock(`${memberId}-node`, Date.now), now: Date.now });
const contact = (id: string, role: Contact['roles'][number]): Contact => ({ id, name: id, title: '', phone: '', wechat: '', email: '', roles: [role], note: '' });
const member = (id: string, role: Role, managerId = '') => ({ id, name: id, role, managerId, department: '', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0 });
/** Budget given (25), 技术/采购/财务 contacts not reached yet, no competitor (20): 45, B — as stored. */
const ready = (id: string, ownerId: string) => ({ ...newCustomerFields(id, `客户${id}`, ownerId), needClarity: 'budget' as const, grade: 'B' as const, healthScore: 45, contacts: [contact('k1', 'tech'), contact('k2', 'purchase'), contact('k3', 'finance')] });
const customer = async (id: string) => (await db.customers.findOne(id).exec())!.toMutableJSON();

beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `regrade${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members', 'teamsettings', 'customers', 'followups', 'notifications'] });
  const w = writer('admin');
  await insertStamped(db.teamsettings, defaultTeamSettings('华东销售团队', '启航'), w);
  for (const m of [member('admin', 'admin'), member('mgr', 'manager'), member('rep1', 'rep', 'mgr'), member('rep2', 'rep', 'mgr')]) await insertStamped(db.members, m, w);
  await insertStamped(db.customers, ready('c1', 'rep1'), w);
  await insertStamped(db.customers, ready('c2', 'rep2'), w);
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

const mount = (memberId: string) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId, nodeId: `${memberId}-node`, createdAt: 0 }}>
        <RegradeEffect memberId={memberId} startAfterMs={0} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );

/** Three follow-ups today reaching the three roles: 7.5 + 25 + 25 + 20 = 78, A. */
const reachAll = async (customerId: string, ownerId: string) => {
  for (const [i, contactId] of ['k1', 'k2', 'k3'].entries()) await insertStamped(db.followups, sampleFollowUp(`${customerId}-f${i}`, ownerId, { customerId, contactId, followedAt: Date.now() - (i + 1) * 60_000 }), writer(ownerId));
};

describe('RegradeEffect', () => {
  it('on a rep\u2019s desktop: re-grades the rep\u2019s customer when its follow-ups change and tells the rep\u2019s manager it rose to A; a colleague\u2019s customer is left to others', async () => {
    mount('rep1');
    await reachAll('c1', 'rep1');
    await reachAll('c2', 'rep2');
    await expect.poll(async () => (await customer('c1')).grade, { timeout: 8_000 }).toBe('A');
    expect(await customer('c1')).toMatchObject({ healthScore: 78, gradeHistory: [expect.objectContaining({ score: 78, grade: 'A' })] });
    const notices = (await db.notifications.find().exec()).map((n) => n.toMutableJSON());
    expect(notices).toEqual([expect.objectContaining({ recipientId: 'mgr', senderId: 'rep1', kind: 'gradeA', targetType: 'customer', targetId: 'c1', title: '「客户c1」升为 A 类客户', readAt: 0 })]);
    expect(notices[0]?.body).toBe('健康分 78（互动频率 7.5/30、需求明确度 25/25、决策链 25/25、竞品 20/20）。建议下一步：安排高层拜访。');
    expect(await customer('c2')).toMatchObject({ grade: 'B', healthScore: 45 });
  }, 20_000);

  it('on a manager\u2019s desktop: grades every customer and records the week\u2019s grade on each once; a customer falling back is rewritten, with no notice', async () => {
    await reachAll('c2', 'rep2');
    mount('mgr');
    await expect.poll(async () => (await customer('c2')).grade, { timeout: 8_000 }).toBe('A');
    await expect.poll(async () => (await customer('c1')).gradeHistory?.length, { timeout: 8_000 }).toBe(1);
    expect((await customer('c1')).grade).toBe('B');
    expect((await db.notifications.find().exec()).map((n) => n.recipientId)).toEqual(['mgr']);
    // The call that reached 技术 goes to the recycle bin: 5 + 25 + 16.67 + 20 = 66.67 → 67, B.
    await patchStamped((await db.followups.findOne('c2-f0').exec())!, { trashed: true } as never, writer('rep2'));
    await expect.poll(async () => (await customer('c2')).healthScore, { timeout: 8_000 }).toBe(67);
    expect((await customer('c2')).grade).toBe('B');
    expect(await db.notifications.count().exec()).toBe(1);
  }, 20_000);
});

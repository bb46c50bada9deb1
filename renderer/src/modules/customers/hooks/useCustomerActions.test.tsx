import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useCallback, useEffect, useState } from 'react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planMerge } from '../../../../../shared/customers/planMerge.ts';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { sampleFollowUp } from '../../../../../tests/support/sampleFollowUp.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { storedCustomer } from '../utils/storedCustomer.ts';
import { useCommitMerge } from './useCommitMerge.ts';
import { useCustomerActions, type CustomerActions } from './useCustomerActions.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useFollowUpsByCustomer } from './useFollowUpsByCustomer.ts';

let db: SalesDeskDatabase;
type Probe = { actions: CustomerActions; commit: ReturnType<typeof useCommitMerge>; said: string[]; rows: ReturnType<typeof useCustomerRows>; followUps: ReturnType<typeof useFollowUpsByCustomer> };
const probe: { latest: Probe | null } = { latest: null };

const Harness = ({ role }: { role: Role }) => {
  const rows = useCustomerRows();
  const followUps = useFollowUpsByCustomer();
  const [said, setSaid] = useState<string[]>([]);
  const say = useCallback((m: string) => setSaid((s) => [...s, m]), []);
  const actions = useCustomerActions(rows.rows, (id) => followUps.of(id).filter((f) => !f.trashed).length, role, say);
  const commit = useCommitMerge(actions, (n) => say(n.text));
  useEffect(() => {
    probe.latest = { actions, commit, said, rows, followUps };
  });
  return null;
};

const w = (memberId: string) => ({ memberId, clock: createHlcClock(`${memberId}-seed`, Date.now), now: Date.now });
beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `actions${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers', 'followups', 'comments'] });
  await insertStamped(db.customers, newCustomerFields('c1', '苏州恒瑞精密机械有限公司', 'rep1'), w('rep1'));
  await insertStamped(db.customers, { ...newCustomerFields('c2', '恒瑞精密', 'rep1'), region: '苏州' }, w('rep1'));
  await insertStamped(db.customers, newCustomerFields('c3', '无锡华远机械', 'rep2'), w('rep2'));
  await insertStamped(db.followups, sampleFollowUp('f1', 'rep1', { customerId: 'c2' }), w('rep1'));
});
afterEach(async () => {
  cleanup();
  probe.latest = null;
  await db.remove();
});

const mount = async (memberId: string, role: Role) => {
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId, nodeId: `${memberId}-node`, createdAt: 0 }}>
        <Harness role={role} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
  await waitFor(() => expect(probe.latest?.rows.loaded && probe.latest.followUps.loaded).toBe(true));
  await waitFor(() => expect(probe.latest?.rows.rows.size).toBe(3));
  return probe as { latest: Probe };
};
const stored = async (id: string) => (await db.customers.findOne(id).exec())!.toMutableJSON();

describe('useCustomerActions', () => {
  it('a rep edits their own customer (one undo step) and is told, in Chinese, why a colleague\u2019s or an empty name is refused', async () => {
    const p = await mount('rep1', 'rep');
    await act(() => p.latest.actions.setCells([{ id: 'c1', columnId: 'name', value: '苏州恒瑞精密机械股份有限公司' }]).then(() => undefined));
    expect(await stored('c1')).toMatchObject({ name: '苏州恒瑞精密机械股份有限公司', nameKey: '苏州恒瑞精密机械' });
    await act(() => p.latest.actions.setCells([{ id: 'c3', columnId: 'shortName', value: '华远' }]).then(() => undefined));
    await act(() => p.latest.actions.setCells([{ id: 'c1', columnId: 'name', value: '' }]).then(() => undefined));
    expect(p.latest.said).toEqual(['「无锡华远机械」不是你负责的客户：销售只能修改自己的客户，请联系主管。', '客户名称不能为空，请填写名称。']);
    expect((await stored('c3')).shortName).toBe('');
    await act(() => p.latest.actions.undo());
    expect(await stored('c1')).toMatchObject({ name: '苏州恒瑞精密机械有限公司', nameKey: '苏州恒瑞精密机械' });
  });

  it('refuses to bin a customer that still has follow-ups; a merge is the way for a duplicate', async () => {
    const p = await mount('rep1', 'rep');
    await act(() => p.latest.actions.trash(['c2'], true));
    expect(p.latest.said).toEqual(['「恒瑞精密」还有 1 条跟进记录，不能删除；重复的客户请用“合并”。']);
    expect((await stored('c2')).trashed).toBe(false);
  });

  it('a merge is one step of the list: written, then 撤销 puts every row back and says so', async () => {
    const p = await mount('mgr', 'manager');
    const [keep, drop] = [p.latest.rows.rows.get('c1')!, p.latest.rows.rows.get('c2')!];
    const set = planMerge(storedCustomer(keep), storedCustomer(drop), p.latest.followUps.of('c2'), [], Date.now());
    await act(() => p.latest.commit(set, keep, drop, 1).then(() => undefined));
    expect(p.latest.said.at(-1)).toBe('已合并：「恒瑞精密」的 1 条跟进记录已移到「苏州恒瑞精密机械有限公司」。');
    expect((await db.followups.findOne('f1').exec())?.customerId).toBe('c1');
    expect(await stored('c2')).toMatchObject({ trashed: true, mergedInto: 'c1' });
    expect((await stored('c1')).region).toBe('苏州');
    expect(p.latest.actions.last).toBe(set);
    await act(() => p.latest.actions.undo());
    expect((await db.followups.findOne('f1').exec())?.customerId).toBe('c2');
    const back = await stored('c2');
    expect(back.trashed).toBe(false);
    expect('mergedInto' in back).toBe(false);
    expect((await stored('c1')).region).toBe('');
    expect(p.latest.said.at(-1)).toBe('已撤销合并：「恒瑞精密」和它的跟进记录已恢复。');
  });
});

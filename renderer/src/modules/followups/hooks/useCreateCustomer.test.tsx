import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import { customerNameKey } from '../../../../../shared/domain/customerNameKey.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useCreateCustomer } from './useCreateCustomer.ts';

let db: SalesDeskDatabase;
const probe: { latest: (ReturnType<typeof useCreateCustomer> & { loaded: boolean }) | null } = { latest: null };
const Probe = () => {
  const created = useCreateCustomer();
  const { loaded } = useCustomerRows();
  useEffect(() => {
    probe.latest = { ...created, loaded };
  });
  return null;
};

beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `create${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers'] });
  await insertStamped(db.customers, { ...newCustomerFields('c1', '苏州恒瑞精密机械有限公司', 'rep1'), nameKey: customerNameKey('苏州恒瑞精密机械有限公司') }, { memberId: 'rep1', clock: createHlcClock('s', Date.now), now: Date.now });
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId: 'rep1', nodeId: 'n', createdAt: 0 }}>
        <Probe />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
  await waitFor(() => expect(probe.latest?.loaded).toBe(true));
});
afterEach(async () => {
  cleanup();
  probe.latest = null;
  await db.remove();
});

describe('useCreateCustomer (a name typed into the grid\u2019s 客户 cell)', () => {
  it('creates a customer no one resembles at once', async () => {
    let id = '';
    await act(async () => void (id = await probe.latest!.create('常州新科')));
    expect((await db.customers.findOne(id).exec())?.name).toBe('常州新科');
    expect(probe.latest?.prompt).toBeNull();
  });

  it('asks first about a name like an existing one: 选用 picks it, 取消 picks nothing, 仍然新建 creates it', async () => {
    let result: Promise<string> = Promise.resolve('');
    act(() => void (result = probe.latest!.create('恒瑞精密机械')));
    await waitFor(() => expect(probe.latest?.prompt?.matches).toEqual([{ id: 'c1', name: '苏州恒瑞精密机械有限公司', reasons: ['similar'] }]));
    act(() => probe.latest!.prompt!.use('c1'));
    expect(await result).toBe('c1');
    act(() => void (result = probe.latest!.create('恒瑞精密机械')));
    await waitFor(() => expect(probe.latest?.prompt).not.toBeNull());
    act(() => probe.latest!.prompt!.cancel());
    expect(await result).toBe('');
    expect(await db.customers.count().exec()).toBe(1);
    act(() => void (result = probe.latest!.create('恒瑞精密机械')));
    await waitFor(() => expect(probe.latest?.prompt).not.toBeNull());
    act(() => probe.latest!.prompt!.create());
    const id = await result;
    expect((await db.customers.findOne(id).exec())?.toMutableJSON()).toMatchObject({ name: '恒瑞精密机械', ownerId: 'rep1' });
    await waitFor(() => expect(probe.latest?.prompt).toBeNull());
  });
});

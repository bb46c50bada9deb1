import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import { customerNameKey } from '../../../../../shared/domain/customerNameKey.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { defaultOptionLists } from '../../../../../shared/domain/options.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { NewCustomerDialog } from './NewCustomerDialog.tsx';

let db: SalesDeskDatabase;
const lookups: GridLookups = { customers: new Map(), members: new Map([['rep1', { name: '李娜' }]]), options: defaultOptionLists(), customFields: [], utcOffsetMinutes: 480 };
const existing = '苏州恒瑞精密机械有限公司';

beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `newcust${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers'] });
  const w = { memberId: 'rep1', clock: createHlcClock('n', Date.now), now: Date.now };
  await insertStamped(db.customers, { ...newCustomerFields('c1', existing, 'rep1'), nameKey: customerNameKey(existing), phoneKeys: ['13800138000'] }, w);
  await insertStamped(db.customers, newCustomerFields('c2', '无锡华远机械', 'rep1'), w);
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

const mount = (onCreated = vi.fn()) => {
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId: 'rep1', nodeId: 'n', createdAt: 0 }}>
        <NewCustomerDialog lookups={lookups} chooseOwner={false} onCreated={onCreated} onClose={() => undefined} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
  return onCreated;
};
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });

describe('NewCustomerDialog', () => {
  it('names an existing customer with the same normalized name as it is typed, and one sharing the phone', async () => {
    mount();
    type('客户名称', '苏州恒瑞精密机械（股份有限公司）');
    await waitFor(() => expect(screen.getByTestId('duplicate-warning').querySelector('p')?.textContent).toBe(`可能与已有客户重复：${existing}（名称相同）`));
    expect(screen.getByRole('button', { name: '仍然新建' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '打开已有客户' }).getAttribute('href')).toBe('#/customers/c1');
    type('客户名称', '常州新科');
    type('电话', '+86 138-0013-8000');
    await waitFor(() => expect(screen.getByTestId('duplicate-warning').querySelector('p')?.textContent).toBe(`可能与已有客户重复：${existing}（电话相同）`));
  });

  it('creates it anyway as a lead of the rep\u2019s, with the contact and the phone\u2019s key; an empty name is refused in words', async () => {
    const onCreated = mount();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新建' })));
    expect(screen.getByRole('alert').textContent).toBe('请填写客户名称。');
    type('客户名称', '华远机械');
    type('联系人', '王工');
    type('电话', '0510-8888 0000');
    await waitFor(() => expect(screen.getByTestId('duplicate-warning').querySelector('p')?.textContent).toBe('可能与已有客户重复：无锡华远机械（名称相近）'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '仍然新建' })));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const [id, name] = onCreated.mock.calls[0] as [string, string];
    expect(name).toBe('华远机械');
    expect((await db.customers.findOne(id).exec())?.toMutableJSON()).toMatchObject({ ownerId: 'rep1', stage: 'lead', nameKey: '华远机械', phoneKeys: ['051088880000'], contacts: [{ name: '王工', phone: '0510-8888 0000' }] });
  });
});

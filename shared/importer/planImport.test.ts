import { describe, expect, it } from 'vitest';
import { descKey } from '../db/schemas/followUpSchema.ts';
import type { ExistingCustomer, ExistingData, ExistingFollowUp, NormalizedRow, PlanOptions } from './importTypes.ts';
import { planImport } from './planImport.ts';

const at = (d: number, h = 10) => Date.UTC(2024, 5, d, h - 8);
let seq = 0;
const options = (patch: Partial<PlanOptions> = {}): PlanOptions => ({ match: 'nameOrPhone', onExisting: 'update', newId: () => `n${++seq}`, memberId: 'admin', ...patch });
const row = (rowNumber: number, values: Record<string, unknown>, patch: Partial<NormalizedRow> = {}): NormalizedRow => ({
  rowNumber, values: { customerId: '', method: 'phone', status: 'callback', stage: 'contact', ownerId: 'rep01', ...values }, cells: {}, defaulted: [], errors: [], warnings: [], ...patch,
});
const custRow = (rowNumber: number, values: Record<string, unknown>): NormalizedRow => ({ rowNumber, values, cells: {}, defaulted: [], errors: [], warnings: [] });
const customer = (id: string, name: string, nameKey: string, patch: Partial<ExistingCustomer> = {}): ExistingCustomer => ({ id, name, nameKey, phoneKeys: [], contacts: [], ...patch });
const followUp = (id: string, patch: Partial<ExistingFollowUp>): ExistingFollowUp => ({
  id, customerId: 'c1', contactId: '', followedAt: at(10), method: 'phone', summary: '电话沟通', status: 'callback', stage: 'contact', nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'rep01', remark: '', custom: {}, ...patch,
});
const existing: ExistingData = {
  customers: [customer('c1', '张江精密机械', '张江精密机械', { contacts: [{ id: 'k1', name: '王工', title: '', phone: '', wechat: '', email: '', roles: [], note: '' }] })],
  followUps: [followUp('f1', {}), followUp('f2', { followedAt: at(11), summary: '报价', status: 'quoted', amount: 5000 })],
};

describe('planImport (follow-ups)', () => {
  it('creates one customer per distinct normalized name, owned by its first row, at its latest row\u2019s stage', () => {
    seq = 0;
    const plan = planImport(
      [
        row(5, { customerName: '恒瑞精密（苏州）有限公司', followedAt: at(12), summary: 'a', ownerId: 'rep02', contactName: '王工' }),
        row(6, { customerName: '恒瑞精密(苏州)', followedAt: at(14), summary: 'b', stage: 'quote', contactName: '王工' }),
      ],
      'followUps', existing, options(),
    );
    expect(plan.newCustomers).toEqual([{ id: 'n1', name: '恒瑞精密（苏州）有限公司', nameKey: '恒瑞精密苏州', ownerId: 'rep02', stage: 'quote', lastFollowedAt: at(14) }]);
    expect(plan.newContacts).toEqual([{ customerId: 'n1', id: 'n2', name: '王工' }]);
    expect(plan.rows.map((r) => [r.verdict, r.customerId, r.id, r.createdBy])).toEqual([['new', 'n1', 'n3', 'rep02'], ['new', 'n1', 'n4', 'rep01']]);
    expect(plan.rows[0]?.values).toEqual({
      customerId: 'n1', contactId: 'n2', followedAt: at(12), followedDesc: descKey(at(12)), method: 'phone', summary: 'a', status: 'callback', stage: 'contact',
      nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'rep02', remark: '', custom: {},
    });
  });

  it('recognizes a re-import of the same rows as unchanged, and updates the fields that differ', () => {
    const plan = planImport(
      [
        row(2, { customerId: 'c1', customerName: '张江精密机械', followedAt: at(10), summary: '电话沟通' }),
        row(3, { customerId: 'c1', followedAt: at(11), summary: '报价', status: 'signed', amount: 5000, remark: '已签' }),
        row(4, { id: 'f1', customerId: 'c1', followedAt: at(10), summary: '改过的内容' }),
      ],
      'followUps', existing, options(),
    );
    expect(plan.rows.map((r) => [r.verdict, r.id])).toEqual([['unchanged', 'f1'], ['changed', 'f2'], ['changed', 'f1']]);
    expect(plan.rows[1]?.changes).toEqual([{ field: 'status', from: 'quoted', to: 'signed' }, { field: 'remark', from: '', to: '已签' }]);
    expect(plan.rows[2]?.changes).toEqual([{ field: 'summary', from: '电话沟通', to: '改过的内容' }]);
    expect(plan.counts).toEqual({ new: 0, changed: 2, unchanged: 1, skipped: 0, rejected: 0 });
  });

  it('never overwrites with a default: a status the file lacked stays as it is', () => {
    const plan = planImport([row(2, { customerId: 'c1', followedAt: at(11), summary: '报价', status: 'none', ownerId: 'admin' }, { defaulted: ['status', 'ownerId'] })], 'followUps', existing, options());
    expect(plan.rows[0]).toMatchObject({ verdict: 'unchanged', id: 'f2', createdBy: 'admin' });
  });

  it('skips or duplicates matches as chosen, and skips a row repeated in the file', () => {
    const same = row(2, { customerId: 'c1', followedAt: at(10), summary: '电话沟通' });
    expect(planImport([same], 'followUps', existing, options({ onExisting: 'skip' })).rows[0]).toMatchObject({ verdict: 'skipped', id: 'f1', reasons: ['已有相同的跟进记录，按设置跳过'] });
    expect(planImport([same], 'followUps', existing, options({ onExisting: 'create' })).rows[0]?.verdict).toBe('new');
    const twice = planImport([row(7, { customerName: '新公司', followedAt: at(3), summary: 'x' }), row(9, { customerName: '新公司', followedAt: at(3), summary: ' X ' })], 'followUps', existing, options());
    expect(twice.rows.map((r) => [r.verdict, r.reasons])).toEqual([['new', []], ['skipped', ['与第 7 行重复']]]);
    expect(twice.newCustomers).toHaveLength(1);
  });

  it('rejects rows with errors or an ambiguous customer, and imports an unknown 记录ID as new', () => {
    const twins: ExistingData = { customers: [customer('a', '华星电子', '华星电子'), customer('b', '华星电子有限公司', '华星电子')], followUps: [] };
    const plan = planImport(
      [row(2, {}, { errors: ['缺少客户名称'] }), row(3, { customerName: '华星电子', followedAt: at(1), summary: 'x' }), row(4, { id: 'gone', customerName: '新公司', followedAt: at(1) })],
      'followUps', twins, options(),
    );
    expect(plan.rows.map((r) => [r.verdict, r.reasons])).toEqual([
      ['rejected', ['缺少客户名称']],
      ['rejected', ['有 2 个客户都叫「华星电子」，无法确定是哪一个；请先在客户中合并重复的客户']],
      ['new', ['记录ID「gone」在本团队中不存在，按新记录导入']],
    ]);
  });
});

describe('planImport (customers)', () => {
  const team: ExistingData = {
    customers: [
      customer('c1', '苏州恒瑞精密机械有限公司', '苏州恒瑞精密机械', { phoneKeys: ['13800138000'], industry: 'manufacturing', ownerId: 'rep01', contacts: [] }),
      customer('c2', '博世汽车部件', '博世汽车部件', { phoneKeys: ['021-55556666'], ownerId: 'rep02', contacts: [] }),
    ],
    followUps: [],
  };

  it('matches by normalized name or phone, updates what differs and adds new contacts and numbers', () => {
    seq = 0;
    const plan = planImport(
      [
        custRow(2, { name: '苏州恒瑞精密机械（股份有限公司）', industry: 'it', ownerId: 'rep01', contactName: '王工', phone: '139 0013 9000' }),
        custRow(3, { name: '博世(中国)', phone: '021 5555 6666', ownerId: 'rep02' }),
        custRow(4, { name: '全新客户', ownerId: 'rep03', phone: '13700137000', contactName: '赵经理' }),
        custRow(5, { name: '全新客户有限公司', ownerId: 'rep03' }),
      ],
      'customers', team, options(),
    );
    expect(plan.rows.map((r) => [r.verdict, r.id])).toEqual([['changed', 'c1'], ['unchanged', 'c2'], ['new', 'n2'], ['skipped', '']]);
    expect(plan.rows[0]?.changes?.map((c) => c.field)).toEqual(['industry', 'contacts', 'phoneKeys']);
    expect(plan.rows[0]?.changes?.[2]).toEqual({ field: 'phoneKeys', from: ['13800138000'], to: ['13800138000', '13900139000'] });
    expect(plan.rows[2]?.values).toMatchObject({ id: 'n2', name: '全新客户', nameKey: '全新客户', ownerId: 'rep03', stage: 'lead', grade: 'C', phoneKeys: ['13700137000'], contacts: [{ id: 'n3', name: '赵经理', phone: '13700137000' }] });
    expect(plan.rows[3]?.reasons).toEqual(['与第 4 行是同一个客户']);
  });

  it('matches by name only or by phone only when told to (a match by phone keeps the customer\u2019s name)', () => {
    const byPhone = custRow(2, { name: '另一个名字', phone: '13800138000' });
    expect(planImport([byPhone], 'customers', team, options({ match: 'name' })).rows[0]?.verdict).toBe('new');
    expect(planImport([byPhone], 'customers', team, options({ match: 'phone' })).rows[0]).toMatchObject({ verdict: 'unchanged', id: 'c1' });
  });

  it('imports a name inside an existing one (or holding it) as new, with a word to check it is not the same customer', () => {
    const plan = planImport([custRow(2, { name: '恒瑞精密机械', ownerId: 'rep01' }), custRow(3, { name: '上海博世汽车部件销售', ownerId: 'rep01' }), custRow(4, { name: '常州新科', ownerId: 'rep01' })], 'customers', team, options());
    expect(plan.rows.map((r) => [r.verdict, r.reasons])).toEqual([
      ['new', ['名称与已有客户「苏州恒瑞精密机械有限公司」相近，请确认不是同一个客户']],
      ['new', ['名称与已有客户「博世汽车部件」相近，请确认不是同一个客户']],
      ['new', []],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { defaultTeamSettings } from '../../domain/defaultTeamSettings.ts';
import { stampNew } from '../../sync/stampWrite.ts';
import type { SalesDeskDatabase } from '../collections.ts';
import { describeWriteError, type WriteErrorLike } from '../describeWriteError.ts';
import { openDatabase } from '../openDatabase.ts';
import { descKey } from './followUpSchema.ts';
import { validatingStorage } from '../schemaValidator.ts';

const stamp = { now: 1_760_000_000_000, memberId: 'm1', clock: '001760000000000:0000:n1' };
const followedAt = Date.UTC(2026, 5, 10, 2, 30);

const followUp = (patch: Record<string, unknown> = {}) => ({
  ...stampNew(
    {
      id: 'f1',
      customerId: 'c1',
      contactId: 'p1',
      followedAt,
      followedDesc: descKey(followedAt),
      method: 'phone',
      summary: '电话沟通，客户对报价单有疑问\n约定周三上门',
      status: 'quoted',
      stage: 'quote',
      amount: 128000.5,
      nextDate: '2026-06-12',
      nextAction: '上门演示',
      nextOwnerId: 'm1',
      ownerId: 'm1',
      remark: '',
      custom: { region: '华东', tags: ['重点', '复购'], budget: 300000 },
      importBatchId: '',
    },
    stamp,
  ),
  ...patch,
});

const customer = (patch: Record<string, unknown> = {}) => ({
  ...stampNew(
    {
      id: 'c1', name: '苏州恒瑞精密机械有限公司', nameKey: '苏州恒瑞精密机械', shortName: '恒瑞', industry: 'manufacturing',
      source: 'expo', ownerId: 'm1', stage: 'quote', status: 'quoted', grade: 'B' as const, healthScore: 55,
      intent: 'medium' as const, winProbability: 0.4, expectedAmount: 128000, needClarity: 'drawing' as const,
      needs: '', painPoints: '', region: '苏州', address: '', phoneKeys: ['13812345678'],
      contacts: [{ id: 'p1', name: '李娜', title: '采购经理', phone: '13812345678', wechat: '', email: '', roles: ['purchase' as const], note: '' }],
      competitors: [{ id: 'k1', name: '某竞品', seenAt: '2026-06-01', note: '' }],
      evidence: [{ node: 'needsConfirmed' as const, reachedAt: '2026-06-05', note: '需求确认书已签', attachmentIds: [] }],
      lastFollowedAt: followedAt, nextDate: '2026-06-12', remark: '', custom: {}, importBatchId: '',
    },
    stamp,
  ),
  ...patch,
});

let db: SalesDeskDatabase;
beforeAll(async () => {
  db = await openDatabase({ name: `schemas${Date.now()}`, storage: validatingStorage(getRxStorageMemory()) });
});
afterAll(() => db.remove());

const refusal = async (collection: 'followups' | 'customers' | 'teamsettings', doc: unknown): Promise<string> => {
  const { error } = await db.collections[collection].bulkInsert([doc as never]);
  expect(error).toHaveLength(1);
  return describeWriteError(collection, error[0] as WriteErrorLike);
};

describe('collection schemas', () => {
  it('accept complete, valid documents', async () => {
    expect((await db.followups.bulkInsert([followUp()])).error).toEqual([]);
    expect((await db.customers.bulkInsert([customer()])).error).toEqual([]);
    const settings = stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp);
    expect((await db.teamsettings.bulkInsert([settings])).error).toEqual([]);
  });

  it('refuse a follow-up without a customer, naming the field', async () => {
    const { customerId: _omit, ...rest } = followUp({ id: 'f2' });
    expect(await refusal('followups', rest)).toContain('缺少必填字段“customerId”');
  });

  it('refuse wrong types, unknown fields and values outside the option set', async () => {
    expect(await refusal('followups', followUp({ id: 'f3', amount: '十万' }))).toContain('字段“amount”的类型应为');
    expect(await refusal('followups', followUp({ id: 'f4', colour: 'red' }))).toContain('不认识的字段“colour”');
    expect(await refusal('customers', customer({ id: 'c2', grade: 'D' }))).toContain('字段“grade”的值不在允许的选项中');
    expect(await refusal('customers', customer({ id: 'c3', contacts: [{ id: 'p', name: '王', roles: ['boss'] }] }))).toContain('contacts.0.roles.0');
  });

  it('refuse a malformed report deadline', async () => {
    const settings = { ...stampNew(defaultTeamSettings('团队', ''), stamp), id: 'team2', reportDeadline: '8pm' };
    expect(await refusal('teamsettings', settings)).toContain('字段“reportDeadline”的格式不正确');
  });

  it('refuse an over-long indexed text instead of truncating it', async () => {
    expect(await refusal('customers', customer({ id: 'c4', nameKey: '名'.repeat(201) }))).toContain('字段“nameKey”超过 200 个字符');
  });
});

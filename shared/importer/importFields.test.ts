import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { importFields } from './importFields.ts';

const field = (patch: Partial<CustomFieldDef>): CustomFieldDef => ({ id: 'f', label: '字段', type: 'text', target: 'followUp', options: [], order: 1, archived: false, ...patch });

describe('importFields', () => {
  it('lists the grid\u2019s columns, then live custom fields of the target, then the hidden 记录ID', () => {
    const custom = [field({ id: 'b', label: '竞品', type: 'multiselect', options: ['A', 'B'], order: 2 }), field({ id: 'a', label: '区域', order: 1 }), field({ id: 'old', archived: true }), field({ id: 'c', target: 'customer' })];
    const ids = importFields('followUps', custom).map((f) => f.id);
    expect(ids).toEqual(['customerId', 'contactId', 'followedAt', 'method', 'summary', 'status', 'stage', 'amount', 'nextDate', 'nextAction', 'nextOwnerId', 'ownerId', 'remark', 'custom.a', 'custom.b', 'id']);
    expect(importFields('followUps', custom).find((f) => f.id === 'custom.b')).toMatchObject({ kind: 'multiOption', customOptions: ['A', 'B'] });
  });

  it('requires only what a record cannot do without: 客户 and 跟进时间, or 客户名称', () => {
    expect(importFields('followUps').filter((f) => f.required).map((f) => f.id)).toEqual(['customerId', 'followedAt']);
    expect(importFields('customers').filter((f) => f.required).map((f) => f.id)).toEqual(['name']);
  });
});

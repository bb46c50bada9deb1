import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { customerCellPatch, customerColumns } from './customerColumns.ts';
import { customerRowOf } from './customerRow.ts';
import { customerOf } from './customerTestData.fixture.ts';

const field = (id: string, target: 'customer' | 'followUp', order: number, archived = false): CustomFieldDef =>
  ({ id, label: id, type: 'text', target, order, archived, options: [] });

describe('customerColumns', () => {
  it('lists the issue\u2019s columns, then the team\u2019s live customer fields in order (follow-up and archived ones left out)', () => {
    const ids = customerColumns([field('b', 'customer', 2), field('a', 'customer', 1), field('f', 'followUp', 0), field('x', 'customer', 3, true)]).map((c) => c.id);
    expect(ids).toEqual(['name', 'shortName', 'industry', 'source', 'effectiveGrade', 'healthScore', 'ownerId', 'lastFollowed', 'nextDate', 'stage', 'expectedAmount', 'custom.a', 'custom.b']);
    const readOnly = customerColumns([]).filter((c) => c.readOnly).map((c) => c.id);
    expect(readOnly).toEqual(['effectiveGrade', 'healthScore', 'lastFollowed', 'nextDate', 'stage']);
  });
});

describe('customerCellPatch', () => {
  const row = customerRowOf(customerOf('c1', '苏州恒瑞精密机械有限公司', { shortName: '恒瑞', custom: { level: '重点' } }));
  it('keeps the name\u2019s duplicate-detection key in step', () => {
    expect(customerCellPatch(row, 'name', ' 恒瑞精密（苏州）股份有限公司 ')).toEqual({ name: '恒瑞精密（苏州）股份有限公司', nameKey: '恒瑞精密苏州' });
  });
  it('writes \u2018\u2019 for a cleared text field, leaves an amount absent, and edits one custom value', () => {
    expect(customerCellPatch(row, 'shortName', undefined)).toEqual({ shortName: '' });
    expect(customerCellPatch(row, 'expectedAmount', undefined)).toEqual({ expectedAmount: undefined });
    expect(customerCellPatch(row, 'custom.level', undefined)).toEqual({ custom: {} });
    expect(customerCellPatch(row, 'custom.area', '华东')).toEqual({ custom: { level: '重点', area: '华东' } });
  });
});

describe('customerRowOf', () => {
  it('shows the override\u2019s grade and no follow-up time for a customer never followed up', () => {
    const r = customerRowOf(customerOf('c1', 'X', { grade: 'C', gradeOverride: { grade: 'A', reason: '战略客户', by: 'm1', at: 5 } }));
    expect(r.effectiveGrade).toBe('A');
    expect('lastFollowed' in r).toBe(false);
    expect(customerRowOf(customerOf('c2', 'Y', { lastFollowedAt: 99 })).lastFollowed).toBe(99);
  });
});

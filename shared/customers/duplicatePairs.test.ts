import { describe, expect, it } from 'vitest';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { customerOf } from './customerTestData.fixture.ts';
import { duplicatePairs } from './duplicatePairs.ts';

const c = (id: string, name: string, createdAt: number, phoneKeys: string[] = [], trashed = false) => customerOf(id, name, { nameKey: customerNameKey(name), createdAt, phoneKeys, trashed });

describe('duplicatePairs', () => {
  it('pairs customers sharing a normalized name or a phone, each against the oldest of its group, both reasons once', () => {
    const pairs = duplicatePairs([
      c('c2', '苏州恒瑞精密机械（股份有限公司）', 20, ['13800138000']),
      c('c1', '苏州恒瑞精密机械有限公司', 10, ['13800138000']),
      c('c3', '无锡华远机械', 30, ['051088880000']),
      c('c4', '华远机械无锡分公司', 40, ['051088880000']),
      c('c5', '常州新科', 50),
      c('c6', '常州新科有限公司', 60, [], true),
    ]);
    expect(pairs).toEqual([
      { keepId: 'c1', dropId: 'c2', reasons: ['name', 'phone'] },
      { keepId: 'c3', dropId: 'c4', reasons: ['phone'] },
    ]);
  });

  it('a number shared by many (a switchboard) gives one pair per customer, not every combination', () => {
    const many = Array.from({ length: 30 }, (_, i) => c(`s${i}`, `公司${i}`, i, ['4008001234']));
    const pairs = duplicatePairs(many);
    expect(pairs).toHaveLength(29);
    expect(new Set(pairs.map((p) => p.keepId))).toEqual(new Set(['s0']));
  });
});

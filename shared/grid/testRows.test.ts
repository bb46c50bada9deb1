import { describe, expect, it } from 'vitest';
import ZSchema from 'z-schema';
import { descKey, followUpSchema } from '../db/schemas/followUpSchema.ts';
import { demoGrid, testContext, testLookups, testRow } from './testRows.ts';

const validator = ZSchema.create({ strictMode: false });
const isValid = (doc: unknown) => validator.validateSafe(doc, followUpSchema as object).valid;

describe('testRow', () => {
  it('builds a follow-up that satisfies the collection schema', () => {
    expect(isValid(testRow('f1'))).toBe(true);
    expect(isValid(testRow('f2', { amount: 1200, nextDate: '2026-11-25', custom: { tags: ['重点'] } }))).toBe(true);
    // The check itself bites: a row missing required fields fails.
    expect(isValid({ id: 'f3', summary: '' })).toBe(false);
  });

  it('applies the patch and keeps the inverted sort key in step with 跟进时间', () => {
    const row = testRow('f1', { followedAt: 1_000, ownerId: 'rep02', trashed: true });
    expect(row).toMatchObject({ id: 'f1', followedAt: 1_000, followedDesc: descKey(1_000), ownerId: 'rep02', trashed: true });
  });
});

describe('testLookups and testContext', () => {
  it('names the test customers and members and uses China time', () => {
    const lookups = testLookups();
    expect(lookups.customers.get('c1')?.name).toBe('张江精密机械');
    expect(lookups.members.get('rep02')?.name).toBe('安然');
    expect(lookups.utcOffsetMinutes).toBe(480);
    expect(testContext('2026-11-20')).toEqual({ memberId: 'rep01', today: '2026-11-20', now: Date.UTC(2026, 10, 20, 4) });
  });
});

describe('demoGrid', () => {
  it('gives the demo rows with lookups that know every customer and owner', () => {
    const grid = demoGrid(300);
    expect(grid.rows).toHaveLength(300);
    expect(grid.rows.every((r) => grid.lookups.customers.has(r.customerId) && grid.lookups.members.has(r.ownerId))).toBe(true);
    expect(grid.ctx.today).toBe('2026-11-23');
  });
});

import { describe, expect, it } from 'vitest';
import { testLookups } from '../grid/testRows.ts';
import { importFields } from './importFields.ts';
import type { ImportCell, NormalizeContext } from './importTypes.ts';
import { normalizeCell } from './normalizeCell.ts';

const ctx: NormalizeContext = { lookups: testLookups(), today: '2024-06-30', utcOffsetMinutes: 480, memberId: 'rep01' };
const field = (id: string, target: 'followUps' | 'customers' = 'followUps') => {
  const found = importFields(target).find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};
const text = (v: string): ImportCell => ({ t: 'text', v });

describe('normalizeCell', () => {
  it('reads an Excel date as the team\u2019s wall clock, a time-only cell as an error', () => {
    expect(normalizeCell({ t: 'date', v: 45453.5 }, field('followedAt'), ctx)).toEqual({ value: Date.UTC(2024, 5, 10, 4) });
    expect(normalizeCell({ t: 'date', v: 45453.5 }, field('nextDate'), ctx)).toEqual({ value: '2024-06-10' });
    expect(normalizeCell({ t: 'date', v: 0.5 }, field('followedAt'), ctx).error).toBe('跟进时间「12:00」只有时间没有日期');
  });

  it('notes how typed text was read', () => {
    expect(normalizeCell(text('6月10日'), field('nextDate'), ctx)).toEqual({ value: '2024-06-10', note: '「6月10日」 → 2024-06-10' });
    expect(normalizeCell(text('电联'), field('method'), ctx)).toEqual({ value: 'phone', note: '「电联」 → 电话' });
    expect(normalizeCell(text('赵 敏'), field('ownerId'), ctx)).toEqual({ value: 'rep01', note: '「赵 敏」 → 赵敏' });
    expect(normalizeCell(text('¥3,000'), field('amount'), ctx)).toEqual({ value: 3000, note: '「¥3,000」 → 3000' });
  });

  it('keeps phone numbers as text and warns when Excel already lost digits', () => {
    expect(normalizeCell({ t: 'number', v: 13800138000 }, field('phone', 'customers'), ctx)).toEqual({ value: '13800138000' });
    // An 18-digit id typed into Excel: stored as a double, so the last digits are already gone.
    expect(normalizeCell({ t: 'number', v: Number('110101199003071234') }, field('phone', 'customers'), ctx).warning).toContain('超过 15 位');
  });

  it('imports nothing from blank and error cells, and says so for errors', () => {
    expect(normalizeCell({ t: 'empty' }, field('summary'), ctx)).toEqual({ value: undefined });
    expect(normalizeCell({ t: 'error', v: '#N/A' }, field('amount'), ctx)).toEqual({ value: undefined, warning: '金额是错误值 #N/A，按空白导入' });
  });

  it('reads grades and intents by their words', () => {
    expect(normalizeCell(text('a级'), field('grade', 'customers'), ctx).value).toBe('A');
    expect(normalizeCell(text('意向高'), field('intent', 'customers'), ctx).value).toBe('high');
    expect(normalizeCell(text('D'), field('grade', 'customers'), ctx)).toMatchObject({ value: undefined, unread: 'D' });
  });
});

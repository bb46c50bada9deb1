import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import type { GridLookups, GridRow } from '../grid/gridTypes.ts';
import { testContext, testLookups, testRow } from '../grid/testRows.ts';
import { dayContext } from './dayContext.ts';
import { neverRecontacted } from './neverRecontacted.ts';
import { selectMyDay } from './selectMyDay.ts';

/** Shanghai local time on a date, as epoch ms. */
const at = (date: string, hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const names: [string, string][] = [['c1', '张江精密机械'], ['c2', '阿里云计算'], ['c3', '博世'], ['c4', '海尔'], ['c5', '美的'], ['c6', '格力'], ['c7', '华为']];
const lookups: GridLookups = { ...testLookups(), customers: new Map(names.map(([id, name]) => [id, { name, stage: 'contact', contacts: [] }])) };
/** Friday 2026-11-20, 12:00 in Shanghai, for rep01. */
const ctx = testContext('2026-11-20', 'rep01');
const day = (rows: GridRow[], owners: [string, string][] = []) => selectMyDay(rows, { memberId: 'rep01', ctx, lookups, customerOwners: new Map(owners) });
const ids = (items: { rowId: string }[]) => items.map((i) => i.rowId);

describe('selectMyDay: due today', () => {
  it('lists my plans for today (as next owner, or as 责任人 when no one else is named), by their time', () => {
    const rows = [
      testRow('mine', { customerId: 'c1', followedAt: at('2026-11-18', 10), nextDate: '2026-11-20', nextAction: '下午3点上门演示' }),
      testRow('handed-to-me', { customerId: 'c2', ownerId: 'rep02', nextOwnerId: 'rep01', followedAt: at('2026-11-18', 11), nextDate: '2026-11-20', nextAction: '09:30 电话确认报价' }),
      testRow('handed-away', { customerId: 'c3', ownerId: 'rep01', nextOwnerId: 'rep02', followedAt: at('2026-11-18', 11), nextDate: '2026-11-20' }),
      testRow('tomorrow', { customerId: 'c4', followedAt: at('2026-11-18', 11), nextDate: '2026-11-21' }),
    ];
    const { dueToday } = day(rows);
    expect(ids(dueToday)).toEqual(['handed-to-me', 'mine']);
    expect(dueToday[0]).toMatchObject({ customerName: '阿里云计算', what: '09:30 电话确认报价', time: '09:30', days: 0, done: false });
    expect(dueToday[1]).toMatchObject({ customerName: '张江精密机械', time: '15:00' });
  });

  it('leaves out trashed rows and customers whose latest follow-up closed the deal', () => {
    const rows = [
      testRow('trashed', { customerId: 'c1', followedAt: at('2026-11-18', 10), nextDate: '2026-11-20', trashed: true }),
      testRow('then-won', { customerId: 'c2', followedAt: at('2026-11-17', 10), nextDate: '2026-11-20' }),
      testRow('won', { customerId: 'c2', followedAt: at('2026-11-19', 10), stage: 'won', nextDate: '' }),
      testRow('then-lost', { customerId: 'c3', followedAt: at('2026-11-17', 10), nextDate: '2026-11-20' }),
      testRow('lost', { customerId: 'c3', followedAt: at('2026-11-19', 10), stage: 'lost', nextDate: '' }),
      testRow('after-sales', { customerId: 'c4', followedAt: at('2026-11-17', 10), stage: 'aftersales', nextDate: '2026-11-20' }),
    ];
    expect(ids(day(rows).dueToday)).toEqual(['after-sales']);
  });

  it('ticks a plan followed up again today, and lists it after the open ones', () => {
    const rows = [
      testRow('plan', { customerId: 'c1', followedAt: at('2026-11-18', 10), nextDate: '2026-11-20', nextAction: '9点回电' }),
      testRow('called', { customerId: 'c1', followedAt: at('2026-11-20', 9, 5), nextDate: '2026-11-24' }),
      testRow('open', { customerId: 'c2', followedAt: at('2026-11-18', 10), nextDate: '2026-11-20', nextAction: '下午5点' }),
      // Followed up again yesterday, planning today again: one line, the newer plan, still open.
      testRow('older-plan', { customerId: 'c3', followedAt: at('2026-11-16', 10), nextDate: '2026-11-20' }),
      testRow('newer-plan', { customerId: 'c3', followedAt: at('2026-11-19', 10), nextDate: '2026-11-20', nextAction: '上午10点' }),
    ];
    const { dueToday } = day(rows);
    expect(dueToday.map((i) => [i.rowId, i.done])).toEqual([['newer-plan', false], ['open', false], ['plan', true]]);
  });
});

describe('selectMyDay: the team’s midnight', () => {
  it('turns a plan for the 20th due at 00:00 Shanghai time (16:00 UTC the day before), overdue a day later', () => {
    const rows = [testRow('plan', { customerId: 'c1', followedAt: at('2026-11-18', 10), nextDate: '2026-11-20' })];
    const dayAt = (now: number) => selectMyDay(rows, { memberId: 'rep01', ctx: dayContext('rep01', now, 480), lookups, customerOwners: new Map() });
    const midnight = Date.UTC(2026, 10, 19, 16, 0);
    expect(dayAt(midnight - 60_000)).toMatchObject({ dueToday: [], overdue: [] });
    expect(ids(dayAt(midnight).dueToday)).toEqual(['plan']);
    expect(ids(dayAt(midnight + 86_400_000 - 60_000).dueToday)).toEqual(['plan']);
    expect(dayAt(midnight + 86_400_000).overdue.map((i) => [i.rowId, i.days])).toEqual([['plan', 1]]);
  });
});

describe('selectMyDay: overdue', () => {
  it('lists my latest plans dated before today, most late first, with the days late', () => {
    const rows = [
      testRow('3-days', { customerId: 'c1', followedAt: at('2026-11-10', 10), nextDate: '2026-11-17', nextAction: '发合同' }),
      testRow('1-day', { customerId: 'c2', followedAt: at('2026-11-12', 10), nextDate: '2026-11-19', summary: '电话沟通', nextAction: '' }),
      testRow('superseded', { customerId: 'c3', followedAt: at('2026-11-10', 10), nextDate: '2026-11-12' }),
      testRow('later', { customerId: 'c3', followedAt: at('2026-11-13', 10), nextDate: '2026-11-25' }),
      testRow('not-mine', { customerId: 'c4', ownerId: 'rep02', followedAt: at('2026-11-12', 10), nextDate: '2026-11-18' }),
      testRow('closed', { customerId: 'c5', followedAt: at('2026-11-12', 10), nextDate: '2026-11-18', stage: 'lost' }),
    ];
    const { overdue } = day(rows);
    expect(overdue.map((i) => [i.rowId, i.days, i.what])).toEqual([['3-days', 3, '发合同'], ['1-day', 1, '电话沟通']]);
  });
});

describe('neverRecontacted (DOMAIN.md)', () => {
  it('takes "older than 3 days" at the team’s midnight, not UTC’s', () => {
    // Both are 2026-11-16 in UTC; in Shanghai one is the 16th at 23:59, the other the 17th at 00:00.
    const rows = [
      testRow('16th-23:59', { customerId: 'c1', followedAt: at('2026-11-16', 23, 59) }),
      testRow('17th-00:00', { customerId: 'c2', followedAt: at('2026-11-17', 0, 0) }),
    ];
    expect(new Date(rows[0]?.followedAt ?? 0).getUTCDate()).toBe(16);
    expect(new Date(rows[1]?.followedAt ?? 0).getUTCDate()).toBe(16);
    expect(neverRecontacted(rows, ctx, lookups).map((r) => r.id)).toEqual(['16th-23:59']);
  });

  it('needs exactly one live follow-up and an open deal', () => {
    const rows = [
      testRow('one', { customerId: 'c1', followedAt: at('2026-11-10', 10) }),
      testRow('two-a', { customerId: 'c2', followedAt: at('2026-11-01', 10) }),
      testRow('two-b', { customerId: 'c2', followedAt: at('2026-11-05', 10) }),
      testRow('lost', { customerId: 'c3', followedAt: at('2026-11-01', 10), stage: 'lost' }),
      testRow('won', { customerId: 'c4', followedAt: at('2026-11-01', 10), stage: 'won' }),
      testRow('with-trashed-second', { customerId: 'c5', followedAt: at('2026-11-01', 10) }),
      testRow('trashed-second', { customerId: 'c5', followedAt: at('2026-11-08', 10), trashed: true }),
    ];
    expect(neverRecontacted(rows, ctx, lookups).map((r) => r.id)).toEqual(['one', 'with-trashed-second']);
  });
});

describe('selectMyDay: customers (never re-contacted, 7天无进展)', () => {
  const rows = [
    testRow('lead-4-days', { customerId: 'c1', followedAt: at('2026-11-16', 23, 59), stage: 'lead' }),
    testRow('lead-12-days', { customerId: 'c2', followedAt: at('2026-11-08', 10), stage: 'lead' }),
    testRow('quote-a', { customerId: 'c3', followedAt: at('2026-11-01', 10), stage: 'contact' }),
    testRow('quote-b', { customerId: 'c3', followedAt: at('2026-11-12', 10), stage: 'quote' }),
    testRow('fresh', { customerId: 'c4', followedAt: at('2026-11-14', 10) }),
    testRow('fresh-2', { customerId: 'c4', followedAt: at('2026-11-15', 10) }),
    // A customer the rep owns, whose only follow-up a colleague logged.
    testRow('colleague-logged', { customerId: 'c5', ownerId: 'rep02', followedAt: at('2026-11-05', 10) }),
    // Not mine: rep02 owns the customer though rep01 logged it.
    testRow('given-away', { customerId: 'c6', followedAt: at('2026-11-05', 10) }),
  ];
  const owners: [string, string][] = [['c5', 'rep01'], ['c6', 'rep02']];

  it('lists never re-contacted leads by days since their one follow-up, and stalled customers once', () => {
    const { neverRecontacted: never, stalled } = day(rows, owners);
    expect(never.map((i) => [i.rowId, i.days])).toEqual([['colleague-logged', 15], ['lead-12-days', 12], ['lead-4-days', 4]]);
    // lead-12-days and colleague-logged are also 7 days quiet: listed once, as never re-contacted.
    expect(stalled.map((i) => [i.rowId, i.days, i.customerName])).toEqual([['quote-b', 8, '博世']]);
  });

  it('is empty for a member with nothing, and for an empty table', () => {
    expect(selectMyDay(rows, { memberId: 'rep09', ctx, lookups, customerOwners: new Map(owners) })).toEqual({ dueToday: [], overdue: [], neverRecontacted: [], stalled: [] });
    expect(day([])).toEqual({ dueToday: [], overdue: [], neverRecontacted: [], stalled: [] });
  });
});

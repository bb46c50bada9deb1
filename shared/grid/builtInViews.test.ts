import { describe, expect, it } from 'vitest';
import { addDays, startOfCalendarDate, toCalendarDate } from '../domain/calendarDate.ts';
import { applyBuiltInView, builtInViews } from './builtInViews.ts';
import type { BuiltInViewId, GridRow } from './gridTypes.ts';
import { demoGrid, testContext, testLookups, testRow } from './testRows.ts';

const lookups = testLookups();
/** Friday 2026-11-20 in Shanghai, seen by rep01. */
const ctx = testContext('2026-11-20', 'rep01');
const ids = (rows: readonly GridRow[]) => rows.map((r) => r.id);
const view = (id: BuiltInViewId, rows: readonly GridRow[]) => ids(applyBuiltInView(id, rows, ctx, lookups));
const at = (date: string, hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;

describe('builtInViews list', () => {
  it('names every view in zh-CN, in menu order, with its i18n key', () => {
    expect(builtInViews.map((v) => v.name)).toEqual(['我的跟进', '今日待跟进', '已逾期', '本周新增', '7天无进展', '全部', '回收站']);
    expect(builtInViews.map((v) => v.i18nKey)).toEqual(builtInViews.map((v) => `grid.views.${v.id}`));
    expect(new Set(builtInViews.map((v) => v.id)).size).toBe(7);
  });
});

describe('applyBuiltInView: simple views', () => {
  const rows = [
    testRow('mine', { ownerId: 'rep01', nextDate: '2026-11-20' }),
    testRow('next-mine', { ownerId: 'rep02', nextOwnerId: 'rep01' }),
    testRow('other', { ownerId: 'rep02', nextDate: '2026-11-21' }),
    testRow('trashed', { ownerId: 'rep01', nextDate: '2026-11-20', trashed: true }),
  ];

  it('全部 and 回收站 split rows by trashed', () => {
    expect(view('all', rows)).toEqual(['mine', 'next-mine', 'other']);
    expect(view('trash', rows)).toEqual(['trashed']);
  });

  it('我的跟进 has rows owned by me or with me as next owner', () => {
    expect(view('mine', rows)).toEqual(['mine', 'next-mine']);
  });

  it('今日待跟进 has rows whose next date is today', () => {
    expect(view('dueToday', rows)).toEqual(['mine']);
  });
});

describe('applyBuiltInView: 已逾期', () => {
  it('has past next dates of each customer’s latest follow-up only', () => {
    const rows = [
      testRow('superseded', { customerId: 'c1', followedAt: at('2026-11-10', 9), nextDate: '2026-11-12' }),
      testRow('latest-c1', { customerId: 'c1', followedAt: at('2026-11-15', 9), nextDate: '2026-11-18' }),
      testRow('latest-c2', { customerId: 'c2', followedAt: at('2026-11-15', 9), nextDate: '2026-11-19' }),
      testRow('due-today', { customerId: 'c3', followedAt: at('2026-11-15', 9), nextDate: '2026-11-20' }),
    ];
    expect(view('overdue', rows)).toEqual(['latest-c1', 'latest-c2']);
  });

  it('is not superseded by a trashed follow-up, and ignores rows without a next date', () => {
    const rows = [
      testRow('old', { customerId: 'c1', followedAt: at('2026-11-10', 9), nextDate: '2026-11-12' }),
      testRow('newer-trashed', { customerId: 'c1', followedAt: at('2026-11-15', 9), nextDate: '', trashed: true }),
      testRow('no-next', { customerId: 'c2', followedAt: at('2026-11-15', 9), nextDate: '' }),
    ];
    expect(view('overdue', rows)).toEqual(['old']);
  });

  it('is superseded by a newer follow-up even when that one has no next date', () => {
    const rows = [
      testRow('old', { customerId: 'c1', followedAt: at('2026-11-10', 9), nextDate: '2026-11-12' }),
      testRow('newer', { customerId: 'c1', followedAt: at('2026-11-11', 9), nextDate: '' }),
    ];
    expect(view('overdue', rows)).toEqual([]);
  });
});

describe('applyBuiltInView: 本周新增', () => {
  it('has rows created from Monday 00:00 to Sunday 24:00 in the team time zone', () => {
    const rows = [
      testRow('sun-late', { createdAt: at('2026-11-15', 23, 59) }),
      testRow('mon-early', { createdAt: at('2026-11-16', 0, 0) }),
      testRow('sun-end', { createdAt: at('2026-11-22', 23, 59) }),
      testRow('next-mon', { createdAt: at('2026-11-23', 0, 0) }),
    ];
    expect(view('newThisWeek', rows)).toEqual(['mon-early', 'sun-end']);
  });
});

describe('applyBuiltInView: 7天无进展', () => {
  it('lists each customer’s latest follow-up when it is more than 7 days old and in an open stage', () => {
    const rows = [
      testRow('c1-older', { customerId: 'c1', followedAt: at('2026-11-01', 9), stage: 'lead' }),
      testRow('c1-latest', { customerId: 'c1', followedAt: at('2026-11-12', 23), stage: 'quote' }),
      testRow('c2-seven-days', { customerId: 'c2', followedAt: at('2026-11-13', 0, 5), stage: 'quote' }),
      testRow('c3-won', { customerId: 'c3', followedAt: at('2026-11-01', 9), stage: 'won' }),
      testRow('c4-lost', { customerId: 'c4', followedAt: at('2026-11-01', 9), stage: 'lost' }),
    ];
    expect(view('stalled7', rows)).toEqual(['c1-latest']);
  });

  it('counts a recent follow-up of the customer even if it is not in this view', () => {
    const rows = [
      testRow('old', { customerId: 'c1', followedAt: at('2026-11-01', 9), stage: 'needs' }),
      testRow('recent', { customerId: 'c1', followedAt: at('2026-11-18', 9), stage: 'won' }),
    ];
    expect(view('stalled7', rows)).toEqual([]);
  });
});

describe('applyBuiltInView: demo data', () => {
  const grid = demoGrid(5000);
  const latest = new Map<string, number>();
  for (const r of grid.rows) if (!r.trashed) latest.set(r.customerId, Math.max(latest.get(r.customerId) ?? -Infinity, r.followedAt));

  it('已逾期 agrees with a direct reading of the definition', () => {
    const found = applyBuiltInView('overdue', grid.rows, grid.ctx, grid.lookups);
    const expected = grid.rows.filter((r) => !r.trashed && r.nextDate !== '' && r.nextDate < grid.ctx.today && r.followedAt === latest.get(r.customerId));
    expect(found.length).toBeGreaterThan(0);
    expect(ids(found)).toEqual(ids(expected));
  });

  it('7天无进展 has one row per stalled customer, each its latest, older than 7 days and open', () => {
    const found = applyBuiltInView('stalled7', grid.rows, grid.ctx, grid.lookups);
    const open = new Set(grid.lookups.options.stages.filter((s) => s.kind === 'open').map((s) => s.id));
    const cutoff = addDays(grid.ctx.today, -7);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((r) => r.customerId)).size).toBe(found.length);
    for (const r of found) {
      expect(r.followedAt).toBe(latest.get(r.customerId));
      expect(toCalendarDate(r.followedAt, 480) < cutoff).toBe(true);
      expect(open.has(r.stage)).toBe(true);
    }
  });
});

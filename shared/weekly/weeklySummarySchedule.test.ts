import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { normalizeWeeklySummaryAt, weeklySummarySchedule, type WeeklySummaryInput } from './weeklySummarySchedule.ts';

/** Team time in Shanghai (UTC+8). Monday 2026-11-30 starts the week; last week began Monday 2026-11-23. */
const at = (date: string, hh: number, mm = 0, offset = 480) => startOfCalendarDate(date, offset) + (hh * 60 + mm) * 60_000;
const input = (patch: Partial<WeeklySummaryInput>): WeeklySummaryInput => ({
  now: at('2026-11-30', 9),
  memberId: 'mgr01',
  role: 'manager',
  utcOffsetMinutes: 480,
  summaryAt: { weekday: 1, time: '08:30' },
  shown: {},
  prepared: () => false,
  ...patch,
});
const dueWeek = (patch: Partial<WeeklySummaryInput>) => weeklySummarySchedule(input(patch)).due?.weekStart ?? null;

describe('weeklySummarySchedule: Monday 08:30, the default', () => {
  it('is not due at 08:29 and wakes at 08:30; at 08:30 prepares last week, once, then waits for next Monday', () => {
    expect(weeklySummarySchedule(input({ now: at('2026-11-30', 8, 29) }))).toEqual({ due: null, nextAt: at('2026-11-30', 8, 30) });
    expect(weeklySummarySchedule(input({ now: at('2026-11-30', 8, 30) }))).toEqual({
      due: { weekStart: '2026-11-23', thisWeek: false, key: 'weekly:2026-11-23', notificationId: 'weekly_mgr01_2026-11-23' },
      nextAt: at('2026-12-07', 8, 30),
    });
  });

  it('is not due again once done this week: shown on this desktop, or made on another one', () => {
    expect(weeklySummarySchedule(input({ now: at('2026-11-30', 10), shown: { 'weekly:2026-11-23': at('2026-11-30', 8, 30) } }))).toEqual({ due: null, nextAt: at('2026-12-07', 8, 30) });
    expect(dueWeek({ now: at('2026-11-30', 10), prepared: (week) => week === '2026-11-23' })).toBeNull();
    // What was done for an older week does not count for this one.
    expect(dueWeek({ now: at('2026-11-30', 10), shown: { 'weekly:2026-11-16': 1 }, prepared: (week) => week === '2026-11-16' })).toBe('2026-11-23');
  });

  it('catches up when the desktop was off at 08:30: opened Monday 10:00 or Wednesday, it still prepares last week', () => {
    expect(dueWeek({ now: at('2026-11-30', 10) })).toBe('2026-11-23');
    expect(dueWeek({ now: at('2026-12-02', 14) })).toBe('2026-11-23');
    expect(dueWeek({ now: at('2026-12-06', 23, 59) })).toBe('2026-11-23');
  });

  it('never for older weeks: off all last week, next Monday before 08:30 makes nothing, at 08:30 only the week just ended', () => {
    expect(weeklySummarySchedule(input({ now: at('2026-12-07', 8, 29) }))).toEqual({ due: null, nextAt: at('2026-12-07', 8, 30) });
    expect(dueWeek({ now: at('2026-12-07', 8, 30) })).toBe('2026-11-30');
  });

  it('is for managers and admins only: a rep never gets one and is never woken for it', () => {
    expect(weeklySummarySchedule(input({ role: 'rep', now: at('2026-11-30', 9) }))).toEqual({ due: null, nextAt: null });
    expect(dueWeek({ role: 'admin', memberId: 'admin01' })).toBe('2026-11-23');
    expect(weeklySummarySchedule(input({ role: 'admin', memberId: 'admin01' })).due?.notificationId).toBe('weekly_admin01_2026-11-23');
  });
});

describe('weeklySummarySchedule: the week boundary is the team’s midnight, not UTC’s', () => {
  const midnight = { weekday: 1, time: '00:00' };
  const lastDone = { 'weekly:2026-11-16': at('2026-11-23', 0) };

  it('Sunday 23:59 in Shanghai is still last week; Monday 00:00 in Shanghai (Sunday 16:00 UTC) prepares it', () => {
    expect(weeklySummarySchedule(input({ summaryAt: midnight, shown: lastDone, now: at('2026-11-29', 23, 59) }))).toEqual({ due: null, nextAt: at('2026-11-30', 0) });
    expect(at('2026-11-30', 0)).toBe(Date.UTC(2026, 10, 29, 16, 0));
    expect(dueWeek({ summaryAt: midnight, shown: lastDone, now: at('2026-11-30', 0) })).toBe('2026-11-23');
  });

  it('the same instant for a team on UTC is still Sunday: nothing yet, due at its own Monday midnight', () => {
    const now = Date.UTC(2026, 10, 29, 16, 0);
    expect(weeklySummarySchedule(input({ summaryAt: midnight, shown: lastDone, utcOffsetMinutes: 0, now }))).toEqual({ due: null, nextAt: Date.UTC(2026, 10, 30, 0, 0) });
  });
});

describe('weeklySummarySchedule: another day and time', () => {
  it('Friday 17:00 prepares this week (its working days are over), and catches up on Monday if missed', () => {
    const friday = { weekday: 5, time: '17:00' };
    // Before Friday 17:00 the latest moment was last Friday's, for last week: done then.
    expect(weeklySummarySchedule(input({ summaryAt: friday, now: at('2026-12-04', 16, 59), shown: { 'weekly:2026-11-23': 1 } }))).toEqual({ due: null, nextAt: at('2026-12-04', 17) });
    expect(weeklySummarySchedule(input({ summaryAt: friday, now: at('2026-12-04', 17) })).due).toMatchObject({ weekStart: '2026-11-30', thisWeek: true });
    expect(weeklySummarySchedule(input({ summaryAt: friday, now: at('2026-12-07', 9) })).due).toMatchObject({ weekStart: '2026-11-30', thisWeek: false });
    expect(dueWeek({ summaryAt: friday, now: at('2026-12-07', 9), shown: { 'weekly:2026-11-30': 1 } })).toBeNull();
  });

  it('Sunday is 0 as stored, and 7 reads as Sunday too', () => {
    for (const weekday of [0, 7]) {
      expect(dueWeek({ summaryAt: { weekday, time: '20:00' }, now: at('2026-12-06', 19, 59), shown: { 'weekly:2026-11-23': 1 } })).toBeNull();
      expect(dueWeek({ summaryAt: { weekday, time: '20:00' }, now: at('2026-12-06', 20) })).toBe('2026-11-30');
    }
  });

  it('reads an unreadable setting as Monday 08:30', () => {
    expect(normalizeWeeklySummaryAt(undefined)).toEqual({ weekday: 1, time: '08:30' });
    expect(normalizeWeeklySummaryAt({ weekday: 9, time: '25:00' })).toEqual({ weekday: 1, time: '08:30' });
    expect(normalizeWeeklySummaryAt({ weekday: 2.5, time: '8:30' })).toEqual({ weekday: 1, time: '08:30' });
    expect(normalizeWeeklySummaryAt({ weekday: 7, time: '18:05' })).toEqual({ weekday: 0, time: '18:05' });
    expect(dueWeek({ summaryAt: { weekday: 9, time: 'x' }, now: at('2026-11-30', 8, 29) })).toBeNull();
    expect(dueWeek({ summaryAt: { weekday: 9, time: 'x' }, now: at('2026-11-30', 8, 30) })).toBe('2026-11-23');
  });
});

import { describe, expect, it } from 'vitest';
import { isoWeekOf } from './isoWeekOf.ts';
import { weekRangeText } from './weekRangeText.ts';
import { isWeekStart, weekStartAt, weekStartOf } from './weekStartOf.ts';
import { weekWindow } from './weekWindow.ts';

describe('week math', () => {
  it('starts weeks on Monday: a Sunday belongs to the week six days before it', () => {
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-03')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('finds the Monday on the team calendar: Sunday 23:59 in Shanghai is Sunday 15:59 UTC, Monday 00:00 is Sunday 16:00 UTC', () => {
    expect(weekStartAt(Date.UTC(2026, 11, 6, 15, 59), 480)).toBe('2026-11-30');
    expect(weekStartAt(Date.UTC(2026, 11, 6, 16, 0), 480)).toBe('2026-12-07');
    // The same instant read in UTC is still Sunday.
    expect(weekStartAt(Date.UTC(2026, 11, 6, 16, 0), 0)).toBe('2026-11-30');
  });

  it('covers midnight Monday to midnight next Monday, in the team offset', () => {
    const w = weekWindow('2026-11-30', 480);
    expect(w.start).toBe(Date.UTC(2026, 10, 29, 16));
    expect(w.end).toBe(Date.UTC(2026, 11, 6, 16));
    expect(w.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(w.sunday).toBe('2026-12-06');
  });

  it('numbers weeks the ISO way: the week holding the year’s first Thursday is 第1周', () => {
    // 2026-01-01 is a Thursday: the week of Monday 2025-12-29 is week 1 of 2026.
    expect(isoWeekOf('2025-12-29')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2026-01-04')).toEqual({ year: 2026, week: 1 });
    // Thursday 2026-12-03 is day 337 of 2026: (337 − 1) ÷ 7 = 48 whole weeks before it, so week 49.
    expect(isoWeekOf('2026-11-30')).toEqual({ year: 2026, week: 49 });
    // A year starting on Thursday has 53 weeks; 2027-01-01 (Friday) still belongs to 2026's week 53.
    expect(isoWeekOf('2026-12-28')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
  });

  it('writes the date range as a Chinese report heads it, repeating only what changed', () => {
    expect(weekRangeText('2026-11-30')).toBe('2026年11月30日—12月6日');
    expect(weekRangeText('2026-11-02')).toBe('2026年11月2日—8日');
    expect(weekRangeText('2026-12-28')).toBe('2026年12月28日—2027年1月3日');
  });

  it('accepts only a real Monday as a week link', () => {
    expect(isWeekStart('2026-11-30')).toBe(true);
    expect(isWeekStart('2026-12-01')).toBe(false);
    expect(isWeekStart('2026-02-30')).toBe(false);
    expect(isWeekStart('20261130')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { isReportDay, reportDaysOf } from './reportDays.ts';
import { teamSubmissionRates } from './teamSubmissionRates.ts';

const at = (date: string, hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const submitted = (memberId: string, date: string, lateMinutes = 0) => ({ memberId, date, status: 'submitted' as const, submittedAt: at(date, 19), lateMinutes });

describe('report days', () => {
  it('are Monday to Friday', () => {
    // 2026-12-05 is a Saturday.
    expect(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'].map(isReportDay)).toEqual([true, false, false, true]);
  });

  it('of a week run Monday–Friday up to today; of a month, every weekday of it up to today', () => {
    expect(reportDaysOf('week', '2026-12-03', '2026-12-10')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(reportDaysOf('week', '2026-12-03', '2026-12-02')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(reportDaysOf('month', '2026-02-10', '2026-03-01')).toHaveLength(20);
  });
});

describe('teamSubmissionRates', () => {
  const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];
  // Thursday 12-03 at 15:00: today's reports are still pending, not missing.
  const now = at('2026-12-03', 15);
  const reps = [{ id: 'a', joinedAt: 0 }, { id: 'b', joinedAt: 0 }, { id: 'new', joinedAt: at('2026-12-02', 9) }];

  it('divides submitted by decided rep-days per rep and for the team; drafts, missing and late count as expected', () => {
    const reports = [
      submitted('a', '2026-11-30'), submitted('a', '2026-12-01', 35), submitted('a', '2026-12-02'),
      submitted('b', '2026-11-30'), { ...submitted('b', '2026-12-01'), status: 'draft' as const, submittedAt: 0 },
      submitted('new', '2026-12-02'),
    ];
    const result = teamSubmissionRates({ reps, reports, days, deadline: '20:00', utcOffsetMinutes: 480, now });
    expect(result.byRep.get('a')).toEqual({ submitted: 3, expected: 3, rate: 1 });
    expect(result.byRep.get('b')).toEqual({ submitted: 1, expected: 3, rate: 1 / 3 });
    // Joined on 12-02: owes 12-02 only (12-03 is still pending).
    expect(result.byRep.get('new')).toEqual({ submitted: 1, expected: 1, rate: 1 });
    expect(result.team).toEqual({ submitted: 5, expected: 7, rate: 5 / 7 });
  });

  it('counts today once it is submitted, even before the deadline', () => {
    const result = teamSubmissionRates({ reps: [reps[0]!], reports: [submitted('a', '2026-12-03')], days: ['2026-12-03'], deadline: '20:00', utcOffsetMinutes: 480, now });
    expect(result.team).toEqual({ submitted: 1, expected: 1, rate: 1 });
  });
});

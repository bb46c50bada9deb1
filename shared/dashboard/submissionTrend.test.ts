import { describe, expect, it } from 'vitest';
import { submissionTrend } from './submissionTrend.ts';
import { at, CLOCK, filterOf } from './testDashboard.ts';

const report = (memberId: string, date: string, submittedAt: number, lateMinutes = 0) => ({ memberId, date, status: 'submitted' as const, submittedAt, lateMinutes });

describe('submissionTrend', () => {
  // a owes every weekday; b joined on Wednesday 12-02. Today is Thursday 12-03 at noon.
  const reps = [{ id: 'a', joinedAt: 0 }, { id: 'b', joinedAt: at('12-02', 9) }];
  const reports = [
    report('a', '2026-11-30', at('11-30', 19)),
    report('a', '2026-12-01', at('12-01', 21), 60),
    report('b', '2026-12-02', at('12-02', 19)),
  ];

  it('rates each week’s Monday–Friday rep-days up to today; today’s unsent report is not yet missing', () => {
    const [last, current] = submissionTrend({ reps, reports, deadline: '20:00', filter: filterOf(), clock: CLOCK, weeks: 2 });
    // 11-23 week: a sent nothing (0 of 5); b had not joined.
    expect(last!.team).toEqual({ submitted: 0, expected: 5, rate: 0 });
    // This week: a 11-30 on time, 12-01 late, 12-02 missing, 12-03 pending; b 12-02 sent, 12-03 pending.
    expect(current!.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']);
    expect(current!.team).toEqual({ submitted: 3, expected: 4, rate: 0.75 });
    expect(current!.member).toBeNull();
  });

  it('gives the chosen member’s own rate beside the team’s', () => {
    const weeks = submissionTrend({ reps, reports, deadline: '20:00', filter: filterOf('thisWeek', { memberId: 'a' }), clock: CLOCK, weeks: 1 });
    expect(weeks[0]!.member).toEqual({ submitted: 2, expected: 3, rate: 2 / 3 });
  });
});

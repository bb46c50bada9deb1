import { describe, expect, it } from 'vitest';
import { submissionStatus } from './submissionStatus.ts';

/** 2026-11-20 in Shanghai; the 20:00 deadline is 12:00 UTC, the next morning (11-21 09:00) is 01:00 UTC on 11-21. */
const base = { day: '2026-11-20', deadline: '20:00', utcOffsetMinutes: 480 };
const utc = (day: number, hour: number, minute = 0, second = 0): number => Date.UTC(2026, 10, day, hour, minute, second);

describe('submissionStatus', () => {
  it('is on time up to and including the deadline', () => {
    expect(submissionStatus({ ...base, submittedAt: utc(20, 11, 59), now: utc(20, 13) })).toEqual({ kind: 'onTime' });
    expect(submissionStatus({ ...base, submittedAt: utc(20, 12), now: utc(20, 13) })).toEqual({ kind: 'onTime' });
  });

  it('is late after the deadline, with the delay in started minutes', () => {
    expect(submissionStatus({ ...base, submittedAt: utc(20, 12, 45), now: utc(20, 13) })).toEqual({ kind: 'late', delayMinutes: 45 });
    expect(submissionStatus({ ...base, submittedAt: utc(20, 12, 0, 30), now: utc(20, 13) })).toEqual({ kind: 'late', delayMinutes: 1 });
  });

  it('stays late (not missing) when submitted after the next morning: 11-21 10:00 local is 14 h late', () => {
    expect(submissionStatus({ ...base, submittedAt: utc(21, 2), now: utc(21, 3) })).toEqual({ kind: 'late', delayMinutes: 840 });
  });

  it('is pending until 09:00 local of D+1, then missing', () => {
    expect(submissionStatus({ ...base, now: utc(20, 13) })).toEqual({ kind: 'pending' });
    expect(submissionStatus({ ...base, now: utc(21, 0, 59, 59) })).toEqual({ kind: 'pending' });
    expect(submissionStatus({ ...base, now: utc(21, 1) })).toEqual({ kind: 'missing' });
  });

  it("uses the team's own deadline and offset", () => {
    const utc0 = { day: '2026-11-20', deadline: '18:30', utcOffsetMinutes: 0 };
    expect(submissionStatus({ ...utc0, submittedAt: utc(20, 18, 31), now: utc(20, 19) })).toEqual({ kind: 'late', delayMinutes: 1 });
    expect(submissionStatus({ ...utc0, now: utc(21, 8, 59) })).toEqual({ kind: 'pending' });
    expect(submissionStatus({ ...utc0, now: utc(21, 9) })).toEqual({ kind: 'missing' });
  });

  it('falls back to 20:00 for a malformed deadline', () => {
    expect(submissionStatus({ ...base, deadline: '8pm', submittedAt: utc(20, 12, 10), now: utc(20, 13) })).toEqual({ kind: 'late', delayMinutes: 10 });
  });
});

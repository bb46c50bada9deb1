import { describe, expect, it } from 'vitest';
import { submissionRate } from './submissionRate.ts';

describe('submissionRate', () => {
  it('divides submitted (on time or late) by decided rep-days, leaving pending ones out', () => {
    const result = submissionRate([
      { kind: 'onTime' },
      { kind: 'late', delayMinutes: 30 },
      { kind: 'missing' },
      { kind: 'onTime' },
      { kind: 'pending' },
    ]);
    expect(result).toEqual({ submitted: 3, expected: 4, rate: 0.75 });
  });

  it('has no rate when nothing was expected yet', () => {
    expect(submissionRate([])).toEqual({ submitted: 0, expected: 0, rate: null });
    expect(submissionRate([{ kind: 'pending' }])).toEqual({ submitted: 0, expected: 0, rate: null });
  });

  it('is 0 when every expected report is missing', () => {
    expect(submissionRate([{ kind: 'missing' }, { kind: 'missing' }])).toEqual({ submitted: 0, expected: 2, rate: 0 });
  });
});

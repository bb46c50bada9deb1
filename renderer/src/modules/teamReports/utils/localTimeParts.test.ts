import { describe, expect, it } from 'vitest';
import { localTimeParts } from './localTimeParts.ts';

describe('localTimeParts', () => {
  it('reads an instant in the team’s zone, across midnight UTC', () => {
    // 2026-12-03 12:41 UTC is 20:41 in Shanghai; 16:05 UTC is already 00:05 on the 4th.
    expect(localTimeParts(Date.UTC(2026, 11, 3, 12, 41), 480)).toEqual({ date: '2026-12-03', month: 12, day: 3, time: '20:41' });
    expect(localTimeParts(Date.UTC(2026, 11, 3, 16, 5), 480)).toEqual({ date: '2026-12-04', month: 12, day: 4, time: '00:05' });
  });
});

import { describe, expect, it } from 'vitest';
import { gradeOn, withGradeSnapshot } from './gradeSnapshots.ts';
import { gradingAccuracy, quarterBounds } from './gradingAccuracy.ts';

const snap = (date: string, grade: 'A' | 'B' | 'C') => ({ date, score: grade === 'A' ? 75 : grade === 'B' ? 50 : 20, grade });

describe('grade snapshots', () => {
  it('keeps one per week, in order, for five quarters and the last one before them', () => {
    let history = withGradeSnapshot(undefined, '2026-11-23', 55, 'B');
    history = withGradeSnapshot(history, '2026-11-30', 64, 'B');
    history = withGradeSnapshot(history, '2026-11-30', 71, 'A'); // same week, recomputed: replaced
    expect(history).toEqual([{ date: '2026-11-23', score: 55, grade: 'B' }, { date: '2026-11-30', score: 71, grade: 'A' }]);
    // Older than five quarters: only the newest of those stays, as the grade the window opened with.
    const old = [{ date: '2025-06-02', score: 5, grade: 'C' as const }, { date: '2025-08-25', score: 10, grade: 'C' as const }];
    expect(withGradeSnapshot(old, '2026-11-30', 50, 'B').map((s) => s.date)).toEqual(['2025-08-25', '2026-11-30']);
    expect(gradeOn(withGradeSnapshot(old, '2026-11-30', 50, 'B'), '2026-06-30')?.grade).toBe('C');
    expect(gradeOn(history, '2026-11-29')?.grade).toBe('B');
    expect(gradeOn(history, '2026-11-22')).toBeUndefined();
  });
});

describe('gradingAccuracy', () => {
  it('is the share of customers graded A at the quarter end that won within the next three months (hand-worked)', () => {
    expect(quarterBounds({ year: 2026, quarter: 3 })).toEqual({ end: '2026-09-30', until: '2026-12-31' });
    expect(quarterBounds({ year: 2026, quarter: 4 })).toEqual({ end: '2026-12-31', until: '2027-03-31' });
    const customers = [
      { id: 'a1', gradeHistory: [snap('2026-09-28', 'A')], wonOn: ['2026-11-15'] }, // A, won in window ✓
      { id: 'a2', gradeHistory: [snap('2026-09-21', 'A')], wonOn: ['2027-01-05'] }, // A, won too late ✗
      { id: 'a3', gradeHistory: [snap('2026-09-28', 'A')], wonOn: [] }, // A, never won ✗
      { id: 'a4', gradeHistory: [snap('2026-09-28', 'A')], wonOn: ['2026-08-01'] }, // already won: not a prediction
      { id: 'b1', gradeHistory: [snap('2026-09-14', 'A'), snap('2026-09-28', 'B')], wonOn: ['2026-10-10'] }, // B at the end
      { id: 'n1', wonOn: ['2026-10-10'] }, // never graded
    ];
    const result = gradingAccuracy(customers, { year: 2026, quarter: 3 });
    expect(result).toEqual({ quarter: { year: 2026, quarter: 3 }, gradedA: ['a1', 'a2', 'a3'], wonWithin3Months: ['a1'], accuracy: 1 / 3 });
    expect(gradingAccuracy(customers, { year: 2025, quarter: 1 }).accuracy).toBeNull();
  });
});

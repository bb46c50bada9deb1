import type { GradeSnapshot } from '../db/schemas/customerSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import { gradeOn } from './gradeSnapshots.ts';

/** A calendar quarter, e.g. { year: 2026, quarter: 3 } = 2026-07-01 … 2026-09-30. */
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** What accuracy needs of a customer: its grade history and the days it was won (first moves to a won stage). */
export type GradedCustomer = { id: string; gradeHistory?: readonly GradeSnapshot[]; wonOn: readonly CalendarDate[] };

/** A quarter's grading accuracy: A-graded customers, those that won within 3 months, and the ratio (null with none graded A). */
export type GradingAccuracy = { quarter: Quarter; gradedA: string[]; wonWithin3Months: string[]; accuracy: number | null };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number): CalendarDate => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** The quarter's last day, and the day three months after it (the window a won deal must fall in). */
export const quarterBounds = ({ year, quarter }: Quarter): { end: CalendarDate; until: CalendarDate } => {
  const endMonth = quarter * 3;
  const untilMonth = endMonth + 3;
  return { end: lastDayOf(year, endMonth), until: untilMonth > 12 ? lastDayOf(year + 1, untilMonth - 12) : lastDayOf(year, untilMonth) };
};

/**
 * DOMAIN.md: grading accuracy for a past quarter = customers graded A that produced a won deal within
 * 3 months ÷ all customers graded A. "Graded A" is the computed grade as it stood at the quarter's end
 * (its last weekly snapshot then); "within 3 months" is after the quarter's end up to three months
 * later. A customer already won by the quarter's end is not a prediction and is left out.
 */
export const gradingAccuracy = (customers: readonly GradedCustomer[], quarter: Quarter): GradingAccuracy => {
  const { end, until } = quarterBounds(quarter);
  const gradedA: string[] = [];
  const won: string[] = [];
  for (const c of customers) {
    if (gradeOn(c.gradeHistory, end)?.grade !== 'A' || c.wonOn.some((d) => d <= end)) continue;
    gradedA.push(c.id);
    if (c.wonOn.some((d) => d > end && d <= until)) won.push(c.id);
  }
  return { quarter, gradedA, wonWithin3Months: won, accuracy: gradedA.length === 0 ? null : won.length / gradedA.length };
};

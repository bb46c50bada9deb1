import type { Contact, CompetitorSighting, Grade, GradeSnapshot, NeedClarity } from '../db/schemas/customerSchema.ts';
import { gradeOn, withGradeSnapshot } from '../customers/gradeSnapshots.ts';
import { healthInputsOf } from '../customers/healthInputsOf.ts';
import { toCalendarDate, type CalendarDate } from '../domain/calendarDate.ts';
import { computeHealthScore } from '../domain/healthScore.ts';
import { weekStartOf } from '../weekly/weekStartOf.ts';

/** The last day of each quarter from `first` up to the one before the week holding `today`. */
const pastQuarterEnds = (first: CalendarDate, today: CalendarDate): CalendarDate[] => {
  const ends: CalendarDate[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(today.slice(0, 4)); y++) {
    for (const m of [3, 6, 9, 12]) ends.push(toCalendarDate(Date.UTC(y, m, 0), 0));
  }
  return ends.filter((e) => e >= first && e < today && weekStartOf(e) !== weekStartOf(today));
};

/**
 * The grade history a customer would have if grading had run all along: its score as of the end of
 * each past quarter it existed in, and its grade now — a snapshot whenever the grade or score moved, as the app
 * records them. Derived from the customer's own follow-ups, contacts and competitors (no random draw),
 * so the rest of the sample team stays as it was; 评级准确率 then has past quarters to show.
 */
export const demoGradeHistory = (
  customer: { needClarity: NeedClarity; contacts: Contact[]; competitors: CompetitorSighting[]; healthScore: number; grade: Grade },
  followUps: readonly { followedAt: number; contactId: string }[],
  createdOn: CalendarDate,
  today: CalendarDate,
  utcOffsetMinutes: number,
): GradeSnapshot[] => {
  let history: GradeSnapshot[] = [];
  for (const day of pastQuarterEnds(createdOn, today)) {
    const until = followUps.filter((f) => toCalendarDate(f.followedAt, utcOffsetMinutes) <= day).map((f) => ({ ...f, trashed: false }));
    const seen = { ...customer, competitors: customer.competitors.filter((c) => c.seenAt <= day) };
    const { score, grade } = computeHealthScore(healthInputsOf(seen, until, day, utcOffsetMinutes));
    const last = gradeOn(history, day);
    if (!last || last.score !== score || last.grade !== grade) history = withGradeSnapshot(history, weekStartOf(day), score, grade);
  }
  // Today's snapshot is the grade the customer carries now.
  const last = gradeOn(history, today);
  return last && last.score === customer.healthScore && last.grade === customer.grade ? history : withGradeSnapshot(history, weekStartOf(today), customer.healthScore, customer.grade);
};

import type { DailyReportDoc, ReadReceipt } from '../db/schemas/dailyReportSchema.ts';
import { dailyReportId } from '../db/schemas/dailyReportSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { DemoDay } from './demoCalendar.ts';
import type { DemoContext } from './demoContext.ts';
import type { DailyActivity } from './demoDailyActivity.ts';
import { demoStamp } from './demoStamp.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import { fillTemplate } from './fillTemplate.ts';
import type { Prng } from './prng.ts';

/** Customer short names by id, and each rep's own customers for days without any follow-up. */
export type DemoReportLookup = {
  activity: Map<string, DailyActivity>;
  metricIds: readonly string[];
  shortNames: Map<string, string>;
  repCustomers: Map<string, string[]>;
};

const MINUTE = 60_000;
const DEADLINE_MINUTE = 20 * 60;
const ON_TIME = 0.85;
const LATE = 0.1;

/** Minute-aligned, so lateMinutes is a whole number: ~85% 17:00–20:00, ~10% late, the rest never submitted. */
const submissionTime = (ctx: DemoContext, day: DemoDay, roll: number): number => {
  const { rng, calendar } = ctx;
  if (roll < ON_TIME) return day.start + rng.int(17 * 60, DEADLINE_MINUTE) * MINUTE;
  const nextMorning = day.start + (24 * 60 + rng.int(7 * 60 + 30, 9 * 60 + 30)) * MINUTE;
  if (rng.chance(0.35) && nextMorning <= calendar.now) return nextMorning;
  const latestMinute = Math.min(23 * 60 + 30, Math.floor((calendar.now - day.start) / MINUTE));
  // A report due tonight with `now` a minute past the deadline can only have been on time.
  return day.start + (latestMinute > DEADLINE_MINUTE ? rng.int(DEADLINE_MINUTE + 1, latestMinute) : DEADLINE_MINUTE) * MINUTE;
};

/** The manager reads most reports within a working day; never in the future. */
const readReceipts = (ctx: DemoContext, submittedAt: number): ReadReceipt[] => {
  const { rng, calendar, team } = ctx;
  if (!rng.chance(0.88)) return [];
  const at = Math.min(calendar.now, submittedAt + rng.int(5, 15 * 60) * MINUTE);
  return at > submittedAt ? [{ memberId: team.manager.id, at }] : [];
};

const numbered = (items: string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

const sectionsFor = (rng: Prng, names: readonly string[]): Record<string, string> => {
  const fill = (template: string): string =>
    fillTemplate(template, {
      customer: names.length > 0 ? rng.pick(names) : '重点客户',
      product: rng.pick(demoVocabulary.products)[0],
      competitor: rng.pick(demoVocabulary.competitors),
    });
  const count = rng.int(1, 2);
  const problems = Array.from({ length: count }, () => fill(rng.pick(demoVocabulary.reportProblems)));
  const solutions = Array.from({ length: count }, () => fill(rng.pick(demoVocabulary.reportSolutions)));
  const plans = Array.from({ length: rng.int(2, 3) }, () => fill(rng.pick(demoVocabulary.reportPlans)));
  return { problems: numbered(problems), solutions: numbered(solutions), tomorrowPlan: numbered(plans) };
};

const reportFor = (ctx: DemoContext, lookup: DemoReportLookup, rep: MemberDoc, day: DemoDay, roll: number): DailyReportDoc => {
  const id = dailyReportId(rep.id, day.date);
  const activity = lookup.activity.get(id);
  const worked = (activity?.customerIds ?? []).map((c) => lookup.shortNames.get(c) ?? '');
  const names = worked.length > 0 ? worked : (lookup.repCustomers.get(rep.id) ?? []).slice(0, 5);
  const submittedAt = submissionTime(ctx, day, roll);
  const fields = {
    id, memberId: rep.id, date: day.date, status: 'submitted' as const, submittedAt,
    lateMinutes: Math.max(0, (submittedAt - (day.start + DEADLINE_MINUTE * MINUTE)) / MINUTE),
    // A day without follow-ups still reports every metric, as zeros.
    metrics: activity ? { ...activity.metrics } : Object.fromEntries(lookup.metricIds.map((key) => [key, 0])),
    sections: sectionsFor(ctx.rng, names), templateVersion: 1, edits: [], readBy: readReceipts(ctx, submittedAt),
  };
  return stampNew(fields, demoStamp(submittedAt, rep.id));
};

/** 销售日报 for every rep and Mon–Fri day whose deadline has passed; ~5% are missing (no document). */
export const buildDemoReports = (ctx: DemoContext, lookup: DemoReportLookup): DailyReportDoc[] =>
  ctx.team.reps.flatMap((rep) =>
    ctx.calendar.reportDays.flatMap((day) => {
      const roll = ctx.rng.next();
      return roll < ON_TIME + LATE ? [reportFor(ctx, lookup, rep, day, roll)] : [];
    }),
  );

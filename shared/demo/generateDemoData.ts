import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { TeamSettingsDoc } from '../db/schemas/teamSettingsSchema.ts';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { buildDemoComments } from './buildDemoComments.ts';
import { buildDemoContacts } from './buildDemoContacts.ts';
import { buildDemoCustomer } from './buildDemoCustomer.ts';
import { buildDemoFollowUps, type FollowUpFields } from './buildDemoFollowUps.ts';
import { buildDemoReports, type DemoReportLookup } from './buildDemoReports.ts';
import { buildDemoTeam } from './buildDemoTeam.ts';
import { demoCalendar } from './demoCalendar.ts';
import { createDemoCompanies } from './demoCompanies.ts';
import type { DemoContext } from './demoContext.ts';
import { demoDailyActivity } from './demoDailyActivity.ts';
import { createDemoDeal } from './demoDeal.ts';
import { createDemoPeople } from './demoPeople.ts';
import { demoStamp } from './demoStamp.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import { journeyDepth, planDemoJourneys } from './planDemoJourneys.ts';
import { createPrng } from './prng.ts';

export type DemoOptions = {
  seed: number;
  /** Epoch ms; the data covers `months` months ending at `now`. */
  now: number;
  /** Default 5000; produced exactly. */
  followUps?: number;
  /** Default 8. */
  reps?: number;
  /** Default 6. */
  months?: number;
  /** Member id recorded as the creator of the team settings; default 'admin'. */
  adminId?: string;
};

export type DemoData = {
  teamSettings: TeamSettingsDoc;
  members: MemberDoc[];
  customers: CustomerDoc[];
  followUps: FollowUpDoc[];
  dailyReports: DailyReportDoc[];
  comments: CommentDoc[];
};

type Resolved = Required<DemoOptions>;

const resolve = (options: DemoOptions): Resolved => {
  const resolved = {
    seed: options.seed,
    now: options.now,
    followUps: options.followUps ?? 5000,
    reps: options.reps ?? 8,
    months: options.months ?? 6,
    adminId: options.adminId ?? 'admin',
  };
  const wholeAtLeast = (value: number, min: number): boolean => Number.isInteger(value) && value >= min;
  if (!wholeAtLeast(resolved.followUps, 0)) throw new RangeError(`followUps must be a whole number ≥ 0, got ${resolved.followUps}`);
  if (!wholeAtLeast(resolved.reps, 1)) throw new RangeError(`reps must be a whole number ≥ 1, got ${resolved.reps}`);
  if (!wholeAtLeast(resolved.months, 1)) throw new RangeError(`months must be a whole number ≥ 1, got ${resolved.months}`);
  if (!Number.isFinite(resolved.now) || resolved.now <= 0) throw new RangeError(`now must be an epoch ms instant, got ${resolved.now}`);
  return resolved;
};

/** 300 customers per 5000 follow-ups (≈17 touches each), never fewer than 10. */
const customerCountFor = (followUps: number): number => Math.max(10, Math.round((followUps * 300) / 5000));

type CustomerBatch = { customers: CustomerDoc[]; followUps: FollowUpFields[] };

/** Customers one by one: company, contacts, deal, its follow-ups, then the record those follow-ups imply. */
const buildCustomers = (ctx: DemoContext, followUpCount: number): CustomerBatch => {
  const { rng, team, calendar } = ctx;
  const customerCount = customerCountFor(followUpCount);
  const journeys = planDemoJourneys(rng, { customerCount, repCount: team.reps.length, dayCount: calendar.workDays.length, followUpCount });
  const nextCompany = createDemoCompanies(rng);
  const width = Math.max(4, String(customerCount).length);
  const batch: CustomerBatch = { customers: [], followUps: [] };
  journeys.forEach((journey, i) => {
    const customerId = `c${String(i + 1).padStart(width, '0')}`;
    const ownerId = team.reps[journey.ownerIndex]?.id ?? '';
    const company = nextCompany();
    const contacts = buildDemoContacts(rng, ctx.people, customerId, journeyDepth(journey.stages), company.brandPinyin);
    const deal = createDemoDeal(rng, customerId, ownerId, contacts);
    const followUps = buildDemoFollowUps(ctx, journey, deal);
    const source = rng.weighted(demoVocabulary.sources);
    batch.customers.push(buildDemoCustomer(ctx, { journey, company, deal, source, followUps }));
    for (const f of followUps) batch.followUps.push(f);
  });
  return batch;
};

/** Ids in time order (f000001 is the oldest), so the raw table reads like the history it is. */
const stampFollowUps = (drafts: FollowUpFields[]): FollowUpDoc[] => {
  const width = Math.max(6, String(drafts.length).length);
  // Sorting indices over a typed array of times is much cheaper than sorting 100k objects; ties keep input order.
  const times = Float64Array.from(drafts, (d) => d.followedAt);
  const order = Array.from(drafts, (_, i) => i).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
  return order.map((index, i) => {
    const fields = drafts[index];
    if (!fields) throw new Error('follow-up index out of range');
    // The drafts are this function's own fresh objects; filling the id in place spares a 100k-object copy.
    fields.id = `f${String(i + 1).padStart(width, '0')}`;
    return stampNew(fields, demoStamp(fields.followedAt, fields.ownerId));
  });
};

const reportLookup = (ctx: DemoContext, customers: CustomerDoc[], followUps: FollowUpDoc[], metricIds: readonly string[]): DemoReportLookup => {
  const repCustomers = new Map<string, string[]>();
  for (const c of customers) {
    const names = repCustomers.get(c.ownerId) ?? [];
    names.push(c.shortName);
    repCustomers.set(c.ownerId, names);
  }
  return {
    activity: demoDailyActivity(followUps, customers, { utcOffsetMinutes: ctx.calendar.utcOffsetMinutes, metricIds }),
    metricIds,
    shortNames: new Map(customers.map((c) => [c.id, c.shortName])),
    repCustomers,
  };
};

/**
 * A believable, reproducible history for a new install: the same options always give the same data.
 * The random stream is consumed in a fixed order (team, journeys, customers, reports, comments).
 */
export const generateDemoData = (options: DemoOptions): DemoData => {
  const resolved = resolve(options);
  const rng = createPrng(resolved.seed);
  const settingsFields = defaultTeamSettings('华东销售团队', '上海启航智能装备有限公司');
  const calendar = demoCalendar(resolved.now, resolved.months, settingsFields.utcOffsetMinutes);
  const people = createDemoPeople(rng);
  const team = buildDemoTeam(rng, people, calendar, resolved.reps, resolved.adminId);
  const ctx: DemoContext = { rng, people, calendar, team };
  const batch = buildCustomers(ctx, resolved.followUps);
  const followUps = stampFollowUps(batch.followUps);
  const lookup = reportLookup(ctx, batch.customers, followUps, settingsFields.reportTemplate.metrics);
  const dailyReports = buildDemoReports(ctx, lookup);
  return {
    teamSettings: stampNew(settingsFields, demoStamp(team.createdAt, resolved.adminId)),
    members: [team.manager, ...team.reps],
    customers: batch.customers,
    followUps,
    dailyReports,
    comments: buildDemoComments(ctx, lookup, dailyReports),
  };
};

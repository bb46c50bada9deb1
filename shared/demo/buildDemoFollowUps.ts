import type { Contact, ContactRole } from '../db/schemas/customerSchema.ts';
import { descKey, type FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { addDays, startOfCalendarDate, weekdayOf, type CalendarDate } from '../domain/calendarDate.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import type { DemoCalendar } from './demoCalendar.ts';
import type { DemoContext } from './demoContext.ts';
import type { DemoDeal } from './demoDeal.ts';
import { demoFollowUpTimes, type DemoMoment } from './demoFollowUpTimes.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import { fillTemplate } from './fillTemplate.ts';
import type { Journey, JourneyStage } from './planDemoJourneys.ts';
import type { Prng } from './prng.ts';

/** A follow-up before its sync metadata; `id` stays '' until ids are handed out in time order. */
export type FollowUpFields = Omit<FollowUpDoc, keyof SyncMeta>;

type Method = keyof typeof demoVocabulary.methodPrefixes;

/** 电话 dominates early; 面访 grows as a deal gets serious; quotes often travel by 邮件. */
const METHODS: Readonly<Record<JourneyStage, readonly (readonly [Method, number])[]>> = {
  lead: [['phone', 50], ['wechat', 25], ['email', 10], ['visit', 5], ['video', 3], ['other', 7]],
  contact: [['phone', 40], ['wechat', 25], ['visit', 20], ['video', 8], ['email', 5], ['other', 2]],
  needs: [['phone', 30], ['wechat', 20], ['visit', 30], ['video', 10], ['email', 10]],
  quote: [['phone', 30], ['email', 25], ['wechat', 20], ['visit', 15], ['video', 10]],
  negotiation: [['visit', 40], ['phone', 30], ['wechat', 15], ['video', 10], ['email', 5]],
  won: [['visit', 45], ['phone', 20], ['wechat', 20], ['email', 15]],
  lost: [['phone', 60], ['wechat', 40]],
};

/** Whom a stage is usually about: engineers for needs, buyers for quotes, the boss and finance at the end. */
const PREFERRED_ROLES: Readonly<Record<JourneyStage, readonly ContactRole[]>> = {
  lead: [], contact: [], lost: [],
  needs: ['tech'], quote: ['purchase', 'tech'], negotiation: ['decision', 'purchase', 'finance'], won: ['finance', 'decision'],
};

const STATUS: Readonly<Record<JourneyStage, string>> = {
  lead: 'callback', contact: 'callback', needs: 'callback', quote: 'quoted', negotiation: 'negotiating', won: 'signed', lost: 'churned',
};

const MIN_AMOUNT = 20_000;
const MAX_AMOUNT = 2_000_000;
const DAY = 86_400_000;

const chooseContact = (rng: Prng, contacts: readonly Contact[], stage: JourneyStage): Contact | undefined => {
  const preferred = PREFERRED_ROLES[stage];
  if (preferred.length === 0) return rng.chance(0.8) ? contacts[0] : rng.pick(contacts);
  const matching = contacts.filter((c) => c.roles.some((r) => preferred.includes(r)));
  return matching.length > 0 && rng.chance(0.7) ? rng.pick(matching) : rng.pick(contacts);
};

/** Whole yuan rounded to hundreds mostly, sometimes to the fen, always within 20k–2M. */
const roundAmount = (rng: Prng, value: number): number => {
  const clamped = Math.min(MAX_AMOUNT, Math.max(MIN_AMOUNT, value));
  return rng.chance(0.85) ? Math.round(clamped / 100) * 100 : Math.round(clamped * 100) / 100;
};

/** Amounts on quote/negotiation/won follow-ups: first quote above the basis, then drifting down to the contract. */
const dealAmounts = (rng: Prng, stages: readonly JourneyStage[], size: number): (number | null)[] => {
  let current: number | null = null;
  return stages.map((stage) => {
    if (stage === 'quote') current = current === null ? size * (1.05 + rng.next() * 0.15) : current * (0.96 + rng.next() * 0.04);
    else if (stage === 'negotiation') current = (current ?? size) * (0.95 + rng.next() * 0.05);
    else if (stage === 'won') current = (current ?? size) * (0.97 + rng.next() * 0.03);
    else return null;
    current = roundAmount(rng, current);
    return current;
  });
};

const formatWan = (amount: number): string => `${(amount / 10_000).toFixed(1).replace(/\.0$/, '')}万元`;

const daysBetween = (from: CalendarDate, to: CalendarDate): number => Math.round((startOfCalendarDate(to, 0) - startOfCalendarDate(from, 0)) / DAY);

const skipSunday = (date: CalendarDate): CalendarDate => (weekdayOf(date) === 0 ? addDays(date, 1) : date);

/**
 * The plan left by an open customer's latest follow-up, relative to today: stale customers are mostly
 * overdue, fresh ones spread over overdue / due today / upcoming, so the 今日待办 and 逾期 lists have content.
 */
const planAfterLast = (rng: Prng, calendar: DemoCalendar, last: DemoMoment): CalendarDate => {
  const gap = daysBetween(last.day.date, calendar.today);
  const future = (): CalendarDate => skipSunday(addDays(calendar.today, rng.int(1, 10)));
  if (gap === 0) return future();
  const bucket = gap >= 10
    ? rng.weighted([['overdue', 75], ['future', 25]] as const)
    : rng.weighted([['overdue', 30], ['today', 20], ['future', 50]] as const);
  if (bucket === 'future') return future();
  if (bucket === 'today' || gap < 2) return calendar.today;
  return addDays(last.day.date, rng.int(1, gap - 1));
};

const expandStages = (journey: Journey): JourneyStage[] =>
  journey.stages.flatMap((stage, i) => Array.from({ length: journey.stageCounts[i] ?? 0 }, () => stage));

type Step = { stage: JourneyStage; next: JourneyStage | undefined; moment: DemoMoment; nextMoment: DemoMoment | undefined; amount: number | null };

const summaryOf = (rng: Prng, deal: DemoDeal, step: Step, method: Method, contact: Contact | undefined): string => {
  const values = {
    product: deal.product, qty: deal.quantity, feature: deal.feature, purpose: deal.purpose, competitor: deal.competitor,
    contact: contact?.name ?? '', title: contact?.title ?? '', weekday: rng.pick(demoVocabulary.weekdays),
    amount: formatWan(step.amount ?? deal.size),
  };
  return demoVocabulary.methodPrefixes[method] + fillTemplate(rng.pick(demoVocabulary.summaries[step.stage]), values);
};

/** 下一步计划: the date of the follow-up that actually came next, or for the latest one a plan relative to today. */
const nextPlan = (ctx: DemoContext, deal: DemoDeal, step: Step): Pick<FollowUpFields, 'nextDate' | 'nextAction' | 'nextOwnerId'> => {
  const { rng } = ctx;
  const closed = step.stage === 'won' || step.stage === 'lost';
  if (closed) return { nextDate: '', nextAction: '', nextOwnerId: '' };
  const actionStage = step.next ?? step.stage;
  const values = { title: deal.contacts[0]?.title ?? '客户', product: deal.product };
  const nextAction = fillTemplate(rng.pick(demoVocabulary.nextActions[actionStage]), values);
  const nextDate = step.nextMoment ? step.nextMoment.day.date : planAfterLast(rng, ctx.calendar, step.moment);
  const withManager = actionStage === 'negotiation' && nextAction.includes('主管');
  return { nextDate, nextAction, nextOwnerId: withManager ? ctx.team.manager.id : deal.ownerId };
};

const followUpOf = (ctx: DemoContext, deal: DemoDeal, step: Step, signing: boolean): FollowUpFields => {
  const { rng } = ctx;
  const method = rng.weighted(METHODS[step.stage]);
  const contact = chooseContact(rng, deal.contacts, step.stage);
  const plan = nextPlan(ctx, deal, step);
  const remark = rng.chance(0.12) ? fillTemplate(rng.pick(demoVocabulary.followUpRemarks), { competitor: deal.competitor }) : '';
  // A plain literal (no spreads) keeps 100k objects on one hidden class, which keeps sorting and stamping fast.
  const fields: FollowUpFields = {
    id: '',
    customerId: deal.customerId,
    contactId: contact?.id ?? '',
    followedAt: step.moment.at,
    followedDesc: descKey(step.moment.at),
    method,
    summary: summaryOf(rng, deal, step, method, contact),
    status: signing ? 'signing' : STATUS[step.stage],
    stage: step.stage,
    nextDate: plan.nextDate,
    nextAction: plan.nextAction,
    nextOwnerId: plan.nextOwnerId,
    ownerId: deal.ownerId,
    remark,
    custom: {},
    importBatchId: '',
  };
  // Absent rather than null when there is none (the schema has no null amounts).
  if (step.amount !== null) fields.amount = step.amount;
  return fields;
};

/** The customer's follow-ups in time order, walking its journey stage by stage. */
export const buildDemoFollowUps = (ctx: DemoContext, journey: Journey, deal: DemoDeal): FollowUpFields[] => {
  const stages = expandStages(journey);
  const moments = demoFollowUpTimes(ctx.rng, ctx.calendar.workDays, journey.firstDay, journey.lastDay, stages.length);
  const amounts = dealAmounts(ctx.rng, stages, deal.size);
  return stages.map((stage, i) => {
    const moment = moments[i];
    if (!moment) throw new Error('follow-up without a time');
    const next = stages[i + 1];
    const step: Step = { stage, next, moment, nextMoment: moments[i + 1], amount: amounts[i] ?? null };
    // The negotiation that leads straight into the signature is 签约中, not just 谈判中.
    return followUpOf(ctx, deal, step, stage === 'negotiation' && next === 'won');
  });
};

import type { CompetitorSighting, CustomerDoc, EvidenceRecord, Intent, NeedClarity } from '../db/schemas/customerSchema.ts';
import { toCalendarDate } from '../domain/calendarDate.ts';
import { computeHealthScore, type HealthScore } from '../domain/healthScore.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { DemoCompany } from './demoCompanies.ts';
import type { DemoContext } from './demoContext.ts';
import type { DemoDeal } from './demoDeal.ts';
import { demoGradeHistory } from './demoGradeHistory.ts';
import { demoStamp } from './demoStamp.ts';
import { demoVocabulary } from './demoVocabulary.ts';
import type { FollowUpFields } from './buildDemoFollowUps.ts';
import { fillTemplate } from './fillTemplate.ts';
import { journeyDepth, type Journey, type JourneyStage } from './planDemoJourneys.ts';
import type { Prng } from './prng.ts';

export type DemoCustomerInput = { journey: Journey; company: DemoCompany; deal: DemoDeal; source: string; followUps: FollowUpFields[] };

const DAY = 86_400_000;
const WIN_PROBABILITY: Readonly<Record<JourneyStage, number>> = { lead: 0.05, contact: 0.1, needs: 0.2, quote: 0.35, negotiation: 0.6, won: 1, lost: 0 };
/** What the customer has told us so far grows with how far the deal went (depth = highest stage rank). */
const CLARITY_BY_DEPTH: readonly (readonly (readonly [NeedClarity, number])[])[] = [
  [['none', 1]],
  [['none', 80], ['need', 20]],
  [['none', 40], ['need', 60]],
  [['need', 50], ['drawing', 50]],
  [['drawing', 50], ['budget', 50]],
  [['drawing', 25], ['budget', 75]],
  [['budget', 1]],
];

/** Entered a day or a few before the first follow-up (imported from an expo list, say), or just before it. */
const creationTime = (ctx: DemoContext, journey: Journey, first: FollowUpFields | undefined): number => {
  const { rng, calendar } = ctx;
  const day = calendar.workDays[Math.max(0, journey.firstDay - (rng.chance(0.25) ? rng.int(1, 5) : 0))];
  const entered = (day?.start ?? calendar.start) + rng.int(8 * 60 + 30, 18 * 60) * 60_000;
  const justBefore = first ? first.followedAt - rng.int(1, 30) * 60_000 : entered;
  return Math.min(entered, justBefore, calendar.now);
};

/** Competitors seen while the deal ran; most lost deals saw one right when they were lost. */
const competitorSightings = (ctx: DemoContext, input: DemoCustomerInput, stage: JourneyStage): CompetitorSighting[] => {
  const { rng, calendar } = ctx;
  const lost = stage === 'lost';
  if (!rng.chance(lost ? 0.6 : 0.35)) return [];
  const { firstDay } = input.journey;
  const lastDay = Math.max(firstDay, stage === 'won' || lost ? input.journey.lastDay : calendar.workDays.length - 1);
  const lossAt = input.followUps[input.followUps.length - 1]?.followedAt ?? calendar.now;
  const names = [input.deal.competitor, rng.pick(demoVocabulary.competitors)];
  const count = rng.chance(0.2) && names[1] !== names[0] ? 2 : 1;
  return names.slice(0, count).map((name, i) => ({
    id: `${input.deal.customerId}-x${i + 1}`,
    name,
    seenAt: lost && i === 0
      ? toCalendarDate(lossAt, calendar.utcOffsetMinutes)
      : (calendar.workDays[rng.int(firstDay, lastDay)]?.date ?? calendar.today),
    note: rng.pick(demoVocabulary.competitorNotes),
  }));
};

/** Evidence the deal has produced (DOMAIN.md forecast nodes), dated by the follow-ups that produced it. */
const evidenceRecords = (ctx: DemoContext, deal: DemoDeal, followUps: readonly FollowUpFields[]): EvidenceRecord[] => {
  const { rng, calendar } = ctx;
  const dateOf = (f: FollowUpFields | undefined): string => (f ? toCalendarDate(f.followedAt, calendar.utcOffsetMinutes) : '');
  const firstQuote = followUps.find((f) => f.stage === 'quote');
  const lastQuote = followUps.findLast((f) => f.stage === 'quote');
  const lastNegotiation = followUps.findLast((f) => f.stage === 'negotiation');
  const won = followUps.find((f) => f.stage === 'won');
  const dates: [keyof typeof demoVocabulary.evidenceNotes, string][] = [
    ['needsConfirmed', dateOf(firstQuote)],
    ['techAgreement', lastNegotiation || rng.chance(0.4) ? dateOf(lastQuote) : ''],
    ['commercialTerms', won || rng.chance(0.5) ? dateOf(lastNegotiation) : ''],
    ['downPayment', dateOf(won)],
    ['deliveryPlan', dateOf(won)],
  ];
  return dates
    .filter(([, date]) => date !== '')
    .map(([node, reachedAt]) => ({ node, reachedAt, note: fillTemplate(demoVocabulary.evidenceNotes[node], { product: deal.product }), attachmentIds: [] }));
};

const intentOf = (stage: JourneyStage, score: number): Intent => {
  if (stage === 'won' || ((stage === 'quote' || stage === 'negotiation') && score >= 70)) return 'high';
  if (stage === 'quote' || stage === 'negotiation' || stage === 'needs') return 'medium';
  return stage === 'lead' ? '' : 'low';
};

const healthOf = (ctx: DemoContext, input: DemoCustomerInput, needClarity: NeedClarity, competitors: CompetitorSighting[]): HealthScore => {
  const { now, utcOffsetMinutes } = ctx.calendar;
  const contacted = new Set(input.followUps.map((f) => f.contactId));
  const monthAgo = toCalendarDate(now - 30 * DAY, utcOffsetMinutes);
  return computeHealthScore({
    followUpsLast90Days: input.followUps.filter((f) => f.followedAt >= now - 90 * DAY).length,
    needClarity,
    rolesContacted: input.deal.contacts.filter((c) => contacted.has(c.id)).flatMap((c) => c.roles),
    competitorSeenLast30Days: competitors.some((c) => c.seenAt >= monthAgo),
  });
};

const needsText = (rng: Prng, deal: DemoDeal, clarity: NeedClarity): string =>
  clarity === 'none' ? '' : fillTemplate(rng.pick(demoVocabulary.needs), { product: deal.product, qty: deal.quantity, purpose: deal.purpose, feature: deal.feature });

/** Amounts are left out, not nulled, when unknown: the schema has no null amounts. */
const optionalAmounts = (expectedAmount: number | undefined, wonAmount: number | undefined): { expectedAmount?: number; wonAmount?: number } => ({
  ...(expectedAmount === undefined ? {} : { expectedAmount }),
  ...(wonAmount === undefined ? {} : { wonAmount }),
});

/**
 * When an open, priced deal is expected to close: 3 to 12 weeks after its latest follow-up, the later the
 * earlier its stage — picked from the customer's id, not the random stream, so the rest of the sample
 * team is unchanged.
 */
const expectedCloseDate = (id: string, stage: JourneyStage, amount: number | undefined, from: number, utcOffsetMinutes: number): string | undefined => {
  if (amount === undefined || stage === 'won' || stage === 'lost') return undefined;
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const weeks = (stage === 'negotiation' ? 3 : stage === 'quote' ? 6 : 9) + (hash % 4);
  return toCalendarDate(from + weeks * 7 * DAY, utcOffsetMinutes);
};

/** The customer record as its follow-ups left it: stage, status and plan from the latest, amounts from quotes. */
export const buildDemoCustomer = (ctx: DemoContext, input: DemoCustomerInput): CustomerDoc => {
  const { rng } = ctx;
  const { company, deal, followUps } = input;
  const last = followUps[followUps.length - 1];
  const stage = input.journey.stages[input.journey.stages.length - 1] ?? 'lead';
  const needClarity = rng.weighted<NeedClarity>(CLARITY_BY_DEPTH[journeyDepth(input.journey.stages)] ?? [['none', 1]]);
  const competitors = competitorSightings(ctx, input, stage);
  const health = healthOf(ctx, input, needClarity, competitors);
  const priced = followUps.filter((f) => f.stage === 'quote' || f.stage === 'negotiation');
  const createdAt = creationTime(ctx, input.journey, followUps[0]);
  const fields = {
    id: deal.customerId, name: company.name, nameKey: company.nameKey, shortName: company.shortName,
    industry: company.industry, source: input.source, ownerId: deal.ownerId,
    stage, status: last?.status ?? 'callback', grade: health.grade, healthScore: health.score,
    intent: intentOf(stage, health.score), winProbability: WIN_PROBABILITY[stage],
    ...optionalAmounts(priced[priced.length - 1]?.amount, followUps.find((f) => f.stage === 'won')?.amount),
    needClarity, needs: needsText(rng, deal, needClarity),
    painPoints: rng.chance(0.6) ? rng.pick(demoVocabulary.painPoints) : '',
    region: company.region, address: company.address,
    phoneKeys: deal.contacts.map((c) => c.phone), contacts: deal.contacts, competitors,
    evidence: evidenceRecords(ctx, deal, followUps),
    lastFollowedAt: last?.followedAt ?? 0, nextDate: last?.nextDate ?? '',
    remark: rng.chance(0.2) ? rng.pick(demoVocabulary.customerRemarks) : '',
    custom: {}, importBatchId: '',
  };
  const { now, utcOffsetMinutes } = ctx.calendar;
  const gradeHistory = demoGradeHistory(fields, followUps, toCalendarDate(createdAt, utcOffsetMinutes), toCalendarDate(now, utcOffsetMinutes), utcOffsetMinutes);
  const closeOn = expectedCloseDate(deal.customerId, stage, fields.expectedAmount, fields.lastFollowedAt || now, utcOffsetMinutes);
  // updatedAt and the field clocks reflect the latest follow-up, createdAt the day the customer was entered.
  return { ...stampNew({ ...fields, gradeHistory, ...(closeOn ? { expectedCloseDate: closeOn } : {}) }, demoStamp(Math.max(createdAt, fields.lastFollowedAt), deal.ownerId)), createdAt };
};

import type { Prng } from './prng.ts';

export type JourneyStage = 'lead' | 'contact' | 'needs' | 'quote' | 'negotiation' | 'won' | 'lost';

/** One customer's path through the pipeline, placed on the calendar, with its share of follow-ups. */
export type Journey = {
  ownerIndex: number;
  /** Stages visited in order; won or lost can only be last. */
  stages: JourneyStage[];
  /** Follow-ups per visited stage (parallel to `stages`, each ≥ 1). */
  stageCounts: number[];
  /** Indexes into the calendar's workDays. */
  firstDay: number;
  lastDay: number;
  /** A lead contacted once and never again (DOMAIN.md's "never re-contacted lead"). */
  singleTouch: boolean;
};

export type JourneyPlanInput = { customerCount: number; repCount: number; dayCount: number; followUpCount: number };

type OpenStage = Exclude<JourneyStage, 'won' | 'lost'>;
type RepProfile = { strength: number; weakAtQuote: boolean };

const NEXT: Readonly<Record<OpenStage, JourneyStage>> = { lead: 'contact', contact: 'needs', needs: 'quote', quote: 'negotiation', negotiation: 'won' };
/** Chance to move on from each stage (team average); tuned so ~10–15% of customers end won. */
const ADVANCE: Readonly<Record<OpenStage, number>> = { lead: 0.8, contact: 0.72, needs: 0.65, quote: 0.58, negotiation: 0.6 };
/** Of the customers that stop at a stage, the share that is lost rather than still open. */
const LOSE: Readonly<Record<OpenStage, number>> = { lead: 0.3, contact: 0.35, needs: 0.35, quote: 0.45, negotiation: 0.45 };
/** How much of a customer's extra follow-ups each stage absorbs. */
const DWELL_WEIGHT: Readonly<Record<OpenStage, number>> = { lead: 0.6, contact: 1, needs: 1.2, quote: 1.2, negotiation: 1.3 };

const RANK: Readonly<Record<JourneyStage, number>> = { lead: 1, contact: 2, needs: 3, quote: 4, negotiation: 5, won: 6, lost: 0 };

/** Highest pipeline rank a journey reached, 1–6 (lost is not progress). */
export const journeyDepth = (stages: readonly JourneyStage[]): number => Math.max(1, ...stages.map((s) => RANK[s]));

const isOpen = (stage: JourneyStage): stage is OpenStage => stage !== 'won' && stage !== 'lost';

/**
 * Reps differ in strength (±10% per stage, which compounds over five stages); one is weak at
 * quote → negotiation so the anomaly warning has a real case.
 */
const repProfiles = (rng: Prng, repCount: number): RepProfile[] => {
  const weak = rng.int(0, repCount - 1);
  return Array.from({ length: repCount }, (_, i) => ({ strength: 0.9 + rng.next() * 0.2, weakAtQuote: i === weak }));
};

const planStages = (rng: Prng, profile: RepProfile): JourneyStage[] => {
  const stages: JourneyStage[] = [];
  let stage: JourneyStage = 'lead';
  while (isOpen(stage)) {
    stages.push(stage);
    const penalty = profile.weakAtQuote && stage === 'quote' ? 0.35 : 1;
    if (rng.chance(Math.min(0.95, ADVANCE[stage] * profile.strength * penalty))) stage = NEXT[stage];
    else if (rng.chance(LOSE[stage])) stage = 'lost';
    else return stages;
  }
  stages.push(stage);
  return stages;
};

/** Workdays since an open customer's last follow-up: mostly fresh, a fifth clearly stale (7天无进展). */
const staleness = (rng: Prng): number => {
  const [low, high] = rng.weighted<readonly [number, number]>([[[0, 3], 0.5], [[4, 12], 0.3], [[13, 60], 0.2]]);
  return rng.int(low, high);
};

/** Closed deals sit anywhere in the period; open ones run up to recently, with a tail of stale ones. */
const placeOnCalendar = (rng: Prng, stages: JourneyStage[], dayCount: number): Pick<Journey, 'firstDay' | 'lastDay' | 'singleTouch'> => {
  const last = dayCount - 1;
  const duration = Math.min(last, stages.reduce((sum, stage) => sum + (isOpen(stage) ? rng.int(2, 10) : rng.int(1, 5)), 0));
  const final = stages[stages.length - 1] ?? 'lead';
  if (!isOpen(final)) {
    const firstDay = rng.int(0, last - duration);
    return { firstDay, lastDay: firstDay + duration, singleTouch: false };
  }
  const singleTouch = stages.length === 1 && rng.chance(0.35);
  const gap = singleTouch ? rng.int(4, 80) : staleness(rng);
  const lastDay = Math.max(0, last - gap);
  const firstDay = singleTouch ? lastDay : Math.max(0, lastDay - Math.round(duration * (1 + rng.next())));
  return { firstDay, lastDay, singleTouch };
};

/**
 * Splits exactly `total` follow-ups over the journeys: every visited stage gets one, the rest goes by
 * weight (floor of each share, then the remainder one by one). When there are too few to go round,
 * journeys are cut short instead, so the total is always exact.
 */
const allocate = (rng: Prng, journeys: Journey[], total: number): number[] => {
  const minimums = journeys.map((j) => j.stages.length);
  const minTotal = minimums.reduce((a, b) => a + b, 0);
  const weights = minTotal <= total
    ? journeys.map((j) => (j.singleTouch ? 0 : (j.stages.length + (j.lastDay - j.firstDay) / 6) * (0.6 + rng.next())))
    : minimums;
  const spare = minTotal <= total ? total - minTotal : total;
  const base = minTotal <= total ? minimums : minimums.map(() => 0);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const counts = base.map((b, i) => b + (weightSum > 0 ? Math.floor((spare * (weights[i] ?? 0)) / weightSum) : 0));
  const eligible = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  const receivers = eligible.length > 0 ? eligible : counts.map((_, i) => i);
  let remainder = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; remainder > 0; k += 1, remainder -= 1) {
    const i = receivers[k % receivers.length] ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
};

/** Every visited stage gets one follow-up; extras go to open stages (a deal is worked, not closed, repeatedly). */
const spreadOverStages = (rng: Prng, stages: JourneyStage[], count: number): number[] => {
  const counts = stages.map(() => 1);
  const open = stages.flatMap((stage, i) => (isOpen(stage) ? [[i, DWELL_WEIGHT[stage]] as const] : []));
  for (let extra = count - stages.length; extra > 0 && open.length > 0; extra -= 1) {
    const i = rng.weighted(open);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
};

export const planDemoJourneys = (rng: Prng, input: JourneyPlanInput): Journey[] => {
  const profiles = repProfiles(rng, input.repCount);
  const journeys = Array.from({ length: input.customerCount }, (_, i): Journey => {
    const ownerIndex = i % input.repCount;
    const stages = planStages(rng, profiles[ownerIndex] ?? { strength: 1, weakAtQuote: false });
    return { ownerIndex, stages, stageCounts: [], ...placeOnCalendar(rng, stages, input.dayCount) };
  });
  const counts = allocate(rng, journeys, input.followUpCount);
  return journeys.map((journey, i) => {
    const count = counts[i] ?? 0;
    const stages = journey.stages.slice(0, count);
    return { ...journey, stages, stageCounts: spreadOverStages(rng, stages, count) };
  });
};

import type { ContactRole, Grade, NeedClarity } from '../db/schemas/customerSchema.ts';

/** DOMAIN.md's four health indicators for one customer. */
export type HealthInputs = {
  followUpsLast90Days: number;
  needClarity: NeedClarity;
  /** Roles of the contacts actually reached; only 技术, 采购, 财务 count toward the decision chain. */
  rolesContacted: readonly ContactRole[];
  competitorSeenLast30Days: boolean;
};

/** Points (not fractions) each indicator adds to the 0–100 score, so a tooltip can explain the grade. */
export type HealthContributions = {
  frequency: number;
  needClarity: number;
  decisionChain: number;
  competitor: number;
};

export type HealthScore = { score: number; grade: Grade; contributions: HealthContributions };

const WEIGHTS = { frequency: 30, needClarity: 25, decisionChain: 25, competitor: 20 } as const;
const FREQUENCY_SATURATION = 12;
const CLARITY_THIRDS: Readonly<Record<NeedClarity, number>> = { none: 0, need: 1, drawing: 2, budget: 3 };
const CHAIN_ROLES: readonly ContactRole[] = ['tech', 'purchase', 'finance'];

/**
 * Customer health score (DOMAIN.md): weighted sum of interaction frequency, need clarity, decision-chain
 * completeness and competitor activity. The score is rounded to a whole number and the grade is taken from
 * the rounded score, so the number shown and the letter shown never disagree.
 */
export const computeHealthScore = (inputs: HealthInputs): HealthScore => {
  const touches = Math.min(Math.max(inputs.followUpsLast90Days, 0), FREQUENCY_SATURATION);
  const chainCovered = CHAIN_ROLES.filter((role) => inputs.rolesContacted.includes(role)).length;
  const contributions: HealthContributions = {
    frequency: (WEIGHTS.frequency * touches) / FREQUENCY_SATURATION,
    needClarity: (WEIGHTS.needClarity * CLARITY_THIRDS[inputs.needClarity]) / 3,
    decisionChain: (WEIGHTS.decisionChain * chainCovered) / CHAIN_ROLES.length,
    competitor: inputs.competitorSeenLast30Days ? 0 : WEIGHTS.competitor,
  };
  const sum = contributions.frequency + contributions.needClarity + contributions.decisionChain + contributions.competitor;
  const score = Math.round(sum);
  const grade: Grade = score >= 70 ? 'A' : score >= 40 ? 'B' : 'C';
  return { score, grade, contributions };
};

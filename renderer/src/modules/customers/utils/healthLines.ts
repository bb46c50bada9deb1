import type { TFunction } from 'i18next';
import type { HealthContributions } from '../../../../../shared/domain/healthScore.ts';

/** Points as shown: whole numbers stay whole, others get one decimal (7.5/30). */
const points = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The four contributions, worded (互动频率 20/30 …), for tooltips and the grade-A notice. */
export const contributionLines = (t: TFunction, c: HealthContributions): string[] => [
  t('customers.health.frequency', { value: points(c.frequency) }),
  t('customers.health.needClarity', { value: points(c.needClarity) }),
  t('customers.health.decisionChain', { value: points(c.decisionChain) }),
  t('customers.health.competitor', { value: points(c.competitor) }),
];

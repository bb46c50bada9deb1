import type { ForecastDeal } from './forecastDeals.ts';

/** Below this maturity a deal has no signed technical agreement yet (技术协议签署 = 0.5). */
const LOW_EVIDENCE = 0.5;

/**
 * 高预测低证据: open deals whose expected amount is in the top quarter of the team's open deals (at
 * least the 75th percentile) while their evidence is still thin (maturity below 0.5), biggest first —
 * the numbers a manager should question before the forecast meeting.
 */
export const highForecastLowEvidence = (deals: readonly ForecastDeal[]): ForecastDeal[] => {
  if (deals.length === 0) return [];
  const amounts = deals.map((d) => d.expected).sort((a, b) => a - b);
  const threshold = amounts[Math.floor((amounts.length - 1) * 0.75)] ?? 0;
  return deals.filter((d) => d.expected >= threshold && d.maturity < LOW_EVIDENCE).sort((a, b) => b.expected - a.expected);
};

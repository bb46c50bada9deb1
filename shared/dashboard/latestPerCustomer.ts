import type { DashboardIndex } from './dashboardIndex.ts';

/**
 * Each customer's latest row among the given positions (time order, so the last one seen wins: the
 * greater id at the same instant, as latestByCustomer), in time order of those latest rows.
 */
export const latestPerCustomer = (index: DashboardIndex, rows: Int32Array): number[] => {
  const latest = new Int32Array(index.customerIds.length).fill(-1);
  for (const i of rows) latest[index.customer[i]!] = i;
  const out: number[] = [];
  for (const i of latest) if (i >= 0) out.push(i);
  return out.sort((a, b) => a - b);
};

import { COMMIT_MATURITY, maturityOf } from '../domain/maturity.ts';
import { evidenceNodes } from '../domain/evidence.ts';
import type { DashboardCustomer, DashboardIndex } from './dashboardIndex.ts';
import { windowRows, type DashboardFilter } from './dashboardFilter.ts';
import { latestPerCustomer } from './latestPerCustomer.ts';
import { pipelineStages } from './pipelineStages.ts';

/**
 * One rep × stage cell: the customers there, how complete their evidence is on average (nodes reached ÷
 * the five of DOMAIN.md), their average maturity (成熟度), how many are commit (≥ 0.8), the forecast
 * Σ expected × maturity (open stages only; null at won), and one row per customer.
 */
export type EvidenceCell = { memberId: string; stage: string; customers: number; completeness: number; maturity: number; commit: number; forecast: number | null; ids: string[] };
export type EvidenceHeatmap = { memberIds: string[]; stages: string[]; cells: EvidenceCell[] };

const completenessOf = (c: DashboardCustomer | undefined, asOf: string): number => {
  const reached = new Set<string>();
  for (const e of c?.evidence ?? []) if (e.reachedAt === '' || e.reachedAt <= asOf) reached.add(e.node);
  return reached.size / evidenceNodes.length;
};

type Acc = { rows: number[]; completeness: number; maturity: number; commit: number; forecast: number };

/**
 * The period's customers (as the funnel places them: each one's latest follow-up in the period, by the
 * member, from the source) by that follow-up's 责任人 and stage, their evidence as it stood on the
 * period's last day (never after `today`). Empty cells are left out.
 */
export const evidenceHeatmap = (index: DashboardIndex, filter: DashboardFilter, today: string): EvidenceHeatmap => {
  const stages = pipelineStages(index.stages);
  const open = new Set(stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const asOf = filter.period.to < today ? filter.period.to : today;
  const wanted = new Set(stages.map((s) => s.id));
  const cells = new Map<string, Acc>();
  for (const i of latestPerCustomer(index, windowRows(index, filter.period.start, filter.period.end, filter))) {
    const row = index.rows[i]!;
    if (!wanted.has(row.stage)) continue;
    const customer = index.customers[index.customer[i]!];
    const maturity = maturityOf(customer?.evidence ?? [], asOf);
    const key = `${row.ownerId}\u0000${row.stage}`;
    const acc = cells.get(key) ?? { rows: [], completeness: 0, maturity: 0, commit: 0, forecast: 0 };
    acc.rows.push(i);
    acc.completeness += completenessOf(customer, asOf);
    acc.maturity += maturity;
    acc.commit += maturity >= COMMIT_MATURITY ? 1 : 0;
    acc.forecast += (customer?.expectedAmount ?? 0) * maturity;
    cells.set(key, acc);
  }
  const out: EvidenceCell[] = [...cells].map(([key, acc]) => {
    const [memberId = '', stage = ''] = key.split('\u0000');
    const n = acc.rows.length;
    return {
      memberId, stage, customers: n, completeness: acc.completeness / n, maturity: acc.maturity / n, commit: acc.commit,
      forecast: open.has(stage) ? acc.forecast : null, ids: acc.rows.map((i) => index.rows[i]!.id),
    };
  });
  return { memberIds: [...new Set(out.map((c) => c.memberId))], stages: stages.map((s) => s.id), cells: out };
};

import type { OptionItem } from '../domain/options.ts';
import type { DashboardIndex } from './dashboardIndex.ts';
import { windowRows, type DashboardFilter } from './dashboardFilter.ts';
import type { Measure } from './periodMeasures.ts';

export type MethodSlice = Measure & { method: string };

/**
 * Follow-ups of the period by 跟进方式 (every method the team uses, not only the daily report's four),
 * in the option list's order, then any method the list no longer has; methods with none are left out.
 */
export const methodActivity = (index: DashboardIndex, filter: DashboardFilter, methods: readonly OptionItem[]): MethodSlice[] => {
  const byMethod = new Map<string, string[]>(methods.map((m) => [m.id, []]));
  for (const i of windowRows(index, filter.period.start, filter.period.end, filter)) {
    const row = index.rows[i]!;
    const list = byMethod.get(row.method);
    if (list) list.push(row.id);
    else byMethod.set(row.method, [row.id]);
  }
  return [...byMethod].filter(([, ids]) => ids.length > 0).map(([method, ids]) => ({ method, count: ids.length, ids }));
};

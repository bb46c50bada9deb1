import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { chartColors } from '../utils/echartsSetup.ts';
import { dashboardLookups } from '../utils/dashboardLookups.ts';
import type { DashboardBase, DashboardView } from '../utils/dashboardView.ts';
import { periodLabel } from '../utils/periodLabel.ts';
import { useDashboardIndex, type IndexSource } from './useDashboardIndex.ts';

/**
 * The view the cards draw: from the store's base and the working set once both are in, from the
 * snapshot's until then; null while there is neither.
 */
export const useDashboardViewOf = (live: DashboardBase | null, snapshot: DashboardBase | null): DashboardView | null => {
  const { t, i18n } = useTranslation();
  const set = useFollowUpRows();
  // The rows map stays the same object as rows change; its counters say when (so a filter change, which
  // makes a new base, rebuilds nothing).
  const { rows, loaded, membership, revision } = set;
  const liveCustomers = live?.customers;
  const liveStages = live?.options.stages;
  const liveSource = useMemo<IndexSource | null>(
    () => (loaded && liveCustomers && liveStages ? { rows: rows.values(), customers: liveCustomers, stages: liveStages, key: `${membership}:${revision}`, provisional: false } : null),
    [loaded, liveCustomers, liveStages, rows, membership, revision],
  );
  const snapRows = snapshot?.snapshotRows;
  const snapCustomers = snapshot?.customers;
  const snapStages = snapshot?.options.stages;
  const snapSource = useMemo<IndexSource | null>(
    () => (snapRows && snapCustomers && snapStages ? { rows: snapRows, customers: snapCustomers, stages: snapStages, key: 'snapshot', provisional: true } : null),
    [snapRows, snapCustomers, snapStages],
  );
  const built = useDashboardIndex(liveSource ?? snapSource);
  const base = built && !built.provisional ? live : snapshot;
  const ctx = useMemo(() => {
    if (!base) return null;
    const look = dashboardLookups(base.options, base.directory, built?.index ?? null);
    const { filter } = base;
    const scope = { period: periodLabel(t, filter.period), member: filter.memberId === null ? null : look.memberName(filter.memberId), source: filter.sourceId === null ? null : look.sourceLabel(filter.sourceId) };
    return { t, look, colors: chartColors(), scope };
  }, [t, base, built]);
  return useMemo<DashboardView | null>(() => {
    if (!built || !base || !ctx) return null;
    const { filter } = base;
    const paintKey = [built.provisional ? 'snapshot' : 'live', built.version, filter.period.from, filter.period.to, filter.memberId, filter.sourceId, base.clock.now, i18n.language].join('|');
    return { ...base, built, ctx, methods: base.options.methods, paintKey, provisional: built.provisional };
  }, [base, built, ctx, i18n.language]);
};

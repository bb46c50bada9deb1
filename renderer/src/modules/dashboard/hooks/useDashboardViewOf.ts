import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chartColors } from '../utils/echartsSetup.ts';
import { dashboardLookups } from '../utils/dashboardLookups.ts';
import type { DashboardBase, DashboardView } from '../utils/dashboardView.ts';
import { periodLabel } from '../utils/periodLabel.ts';
import { useDashboardIndex } from './useDashboardIndex.ts';

/** The base plus the index over the follow-ups, the words and colours: null while the follow-ups are read. */
export const useDashboardViewOf = (base: DashboardBase): DashboardView | null => {
  const { t, i18n } = useTranslation();
  const built = useDashboardIndex(base.customers, base.options.stages);
  const { filter, directory, options } = base;
  const ctx = useMemo(() => {
    const look = dashboardLookups(options, directory, built?.index ?? null);
    const scope = { period: periodLabel(t, filter.period), member: filter.memberId === null ? null : look.memberName(filter.memberId), source: filter.sourceId === null ? null : look.sourceLabel(filter.sourceId) };
    return { t, look, colors: chartColors(), scope };
  }, [t, options, directory, built, filter]);
  return useMemo<DashboardView | null>(() => {
    if (!built) return null;
    const paintKey = [built.version, filter.period.from, filter.period.to, filter.memberId, filter.sourceId, base.clock.now, i18n.language].join('|');
    return { ...base, built, ctx, methods: options.methods, paintKey };
  }, [base, built, ctx, filter, options, i18n.language]);
};

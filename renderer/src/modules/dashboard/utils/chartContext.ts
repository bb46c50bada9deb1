import type { TFunction } from 'i18next';
import type { DashboardLookups } from './dashboardLookups.ts';
import type { DashboardColors } from './dashboardTheme.ts';
import type { DrillScope } from './drillScope.ts';

/** What every chart's option builder needs besides its data: words, names, colours and the drill-down scope. */
export type ChartContext = { t: TFunction; look: DashboardLookups; colors: DashboardColors; scope: DrillScope };

/** The charts of the 看板, each reporting when it has drawn. */
export const dashboardCharts = ['funnel', 'conversion', 'trends', 'methods', 'evidence', 'submission', 'overdue'] as const;
export type DashboardChartId = (typeof dashboardCharts)[number];

export type PaintTracker = { report: (chart: DashboardChartId, key: string) => void };

/**
 * Calls `onAllPainted(key)` once when every chart's latest report names the same key (the data and
 * filter they drew). A chart that reports an older key later is simply not done yet.
 */
export const createPaintTracker = (charts: readonly DashboardChartId[], onAllPainted: (key: string) => void): PaintTracker => {
  const latest = new Map<DashboardChartId, string>();
  let fired = '';
  return {
    report: (chart, key) => {
      latest.set(chart, key);
      if (key === fired || !charts.every((c) => latest.get(c) === key)) return;
      fired = key;
      onAllPainted(key);
    },
  };
};

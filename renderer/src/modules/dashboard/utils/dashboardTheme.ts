/** The app's colours as the 看板 uses them, read from the CSS variables of renderer/src/styles/app.css. */
export type DashboardColors = {
  text: string;
  muted: string;
  border: string;
  panel: string;
  primary: string;
  primarySoft: string;
  danger: string;
  /** Series colours: the primary blue first, then calm distinct hues. */
  palette: string[];
};

const FALLBACK: Record<'text' | 'muted' | 'border' | 'panel' | 'primary' | 'primarySoft' | 'danger', string> = {
  text: '#1f2933', muted: '#616e7c', border: '#e3e8ef', panel: '#ffffff', primary: '#1a56db', primarySoft: '#e8efff', danger: '#c81e1e',
};

/** `cssVar` reads one custom property ('' when unset): getComputedStyle in the app, a stub in tests. */
export const dashboardColors = (cssVar: (name: string) => string): DashboardColors => {
  const read = (name: string, fallback: string) => cssVar(name).trim() || fallback;
  const primary = read('--primary', FALLBACK.primary);
  return {
    text: read('--text', FALLBACK.text),
    muted: read('--muted', FALLBACK.muted),
    border: read('--border', FALLBACK.border),
    panel: read('--panel', FALLBACK.panel),
    primary,
    primarySoft: read('--primary-soft', FALLBACK.primarySoft),
    danger: read('--danger', FALLBACK.danger),
    palette: [primary, '#0ea5e9', '#16a34a', '#f59e0b', '#8b5cf6', '#14b8a6', '#ec4899', '#f97316', '#64748b', '#a16207'],
  };
};

const axis = (c: DashboardColors) => ({
  axisLine: { show: true, lineStyle: { color: c.border } },
  axisTick: { show: false },
  axisLabel: { color: c.muted, fontSize: 12 },
  splitLine: { show: true, lineStyle: { color: c.border, type: 'dashed' } },
  nameTextStyle: { color: c.muted },
});

/**
 * An ECharts theme in the app's look: its font, text and muted colours, hairline borders, dashed
 * split lines, white tooltips with the card's border, and no animation (a filter change should show
 * the new numbers at once, also with 100,000 follow-ups).
 */
export const dashboardTheme = (c: DashboardColors) => ({
  color: c.palette,
  backgroundColor: 'transparent',
  animation: false,
  textStyle: { fontFamily: "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', system-ui, sans-serif", color: c.text },
  categoryAxis: { ...axis(c), splitLine: { show: false } },
  valueAxis: { ...axis(c), axisLine: { show: false } },
  legend: { textStyle: { color: c.muted, fontSize: 12 }, itemWidth: 12, itemHeight: 8, icon: 'roundRect' },
  tooltip: {
    backgroundColor: c.panel,
    borderColor: c.border,
    borderWidth: 1,
    padding: [8, 12],
    textStyle: { color: c.text, fontSize: 12 },
    extraCssText: 'box-shadow: 0 6px 20px rgb(15 23 42 / 12%); border-radius: 8px; white-space: pre-line;',
  },
  line: { symbol: 'circle', symbolSize: 6, smooth: false, lineStyle: { width: 2 } },
  bar: { barMaxWidth: 28, itemStyle: { borderRadius: [3, 3, 0, 0] } },
  funnel: { itemStyle: { borderColor: c.panel, borderWidth: 2 } },
  pie: { itemStyle: { borderColor: c.panel, borderWidth: 2 } },
});

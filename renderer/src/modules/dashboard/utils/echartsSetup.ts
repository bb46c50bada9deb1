import { BarChart, FunnelChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, registerTheme, use as registerParts, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { dashboardColors, dashboardTheme, type DashboardColors } from './dashboardTheme.ts';

/** Only what the 看板 draws is registered, so the bundle carries no other chart types. */
registerParts([BarChart, FunnelChart, HeatmapChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const THEME = 'salesdesk';
let colors: DashboardColors | null = null;

/** The app's colours, read once from the CSS variables; the theme is registered with them on first use. */
export const chartColors = (): DashboardColors => {
  if (!colors) {
    const style = getComputedStyle(document.documentElement);
    colors = dashboardColors((name) => style.getPropertyValue(name));
    registerTheme(THEME, dashboardTheme(colors));
  }
  return colors;
};

/** A chart in the app's theme on a canvas. */
export const initChart = (el: HTMLElement): ECharts => {
  chartColors();
  return init(el, THEME, { renderer: 'canvas' });
};

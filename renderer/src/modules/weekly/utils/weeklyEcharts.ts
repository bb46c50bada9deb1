import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the 周报 draws: bars (实际 vs 目标 per rep) and a pie (跟进方式), on canvas, which getDataURL
// turns into the PNGs the Excel export embeds. The 看板 keeps its own setup.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type WeeklyChartOption = echarts.EChartsCoreOption;

/** The app's palette (app.css --primary first), so charts look like the rest of the window. */
export const weeklyChartColors = ['#1a56db', '#f59e0b', '#16a34a', '#8b5cf6', '#0ea5e9', '#dc2626', '#64748b'];

export const weeklyChartFont = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

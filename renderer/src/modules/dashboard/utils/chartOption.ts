import type { BarSeriesOption, FunnelSeriesOption, HeatmapSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options the 看板's charts may use: exactly the charts and components echartsSetup registers. */
export type ChartOption = ComposeOption<
  BarSeriesOption | FunnelSeriesOption | HeatmapSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/**
 * A chart ready to draw: its option, where a click on (series, item) leads (an app link, or null for
 * nothing to open), and whether there is anything to draw at all (else the card's calm empty state).
 */
export type ChartModel = { option: ChartOption; target: (seriesIndex: number, dataIndex: number) => string | null; empty: boolean };

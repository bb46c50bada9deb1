import type { ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useDashboardView } from '../hooks/useDashboardView.ts';
import type { ChartModel, ChartOption } from '../utils/chartOption.ts';
import { initChart } from '../utils/echartsSetup.ts';
import type { DashboardChartId } from '../utils/paintTracker.ts';

/** `height` is the least: a card stretched by its row grows its chart with it. */
type Props = { chartId: DashboardChartId; model: ChartModel; label: string; height: number };

/**
 * One ECharts canvas: drawn when its option changes, resized with its card, a click on a bar, point,
 * slice or cell opening the rows behind it. It reports the paint key once ECharts has finished
 * drawing it (or at once when the new key changed nothing it shows).
 */
export const EChart = ({ chartId, model, label, height }: Props) => {
  const { paintKey, tracker } = useDashboardView();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const target = useRef(model.target);
  const pending = useRef<string | null>(null);
  const drawn = useRef<ChartOption | null>(null);
  useEffect(() => {
    target.current = model.target;
  }, [model.target]);
  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const c = initChart(node);
    chart.current = c;
    c.on('click', (p) => {
      const href = target.current(p.seriesIndex ?? 0, p.dataIndex ?? 0);
      if (href) window.location.hash = href;
    });
    c.on('finished', () => {
      const key = pending.current;
      pending.current = null;
      if (key !== null) tracker.report(chartId, key);
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
      drawn.current = null;
    };
  }, [chartId, tracker]);
  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    if (drawn.current === model.option) return void tracker.report(chartId, paintKey);
    drawn.current = model.option;
    pending.current = paintKey;
    c.setOption(model.option, { notMerge: true });
  }, [model.option, paintKey, chartId, tracker]);
  return <div ref={el} className="dashboard-chart" style={{ minHeight: height }} role="img" aria-label={label} data-chart={chartId} />;
};

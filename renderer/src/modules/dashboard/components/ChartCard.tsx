import { useEffect, type ReactNode } from 'react';
import { useDashboardView } from '../hooks/useDashboardView.ts';
import type { ChartModel } from '../utils/chartOption.ts';
import type { DashboardChartId } from '../utils/paintTracker.ts';
import { EChart } from './EChart.tsx';

type Props = {
  chartId: DashboardChartId;
  title: string;
  /** One line: what the metric is. */
  note: string;
  model: ChartModel;
  /** What the card says when there is nothing to draw. */
  empty: string;
  height: number;
  /** A figure beside the title (a total, a link to all rows). */
  headline?: ReactNode;
  /** Below the chart (the anomalies in words). */
  footer?: ReactNode;
  className?: string;
};

/** Nothing to draw counts as drawn: reports the key so the page knows it is complete. */
const EmptyChart = ({ chartId, message, height }: { chartId: DashboardChartId; message: string; height: number }) => {
  const { paintKey, tracker } = useDashboardView();
  useEffect(() => tracker.report(chartId, paintKey), [chartId, paintKey, tracker]);
  return (
    <div className="dashboard-empty" style={{ height }} data-testid="dashboard-empty">
      <span className="dashboard-empty-icon" aria-hidden="true" />
      <p>{message}</p>
    </div>
  );
};

/** A 看板 card: title, a one-line explanation, the chart (or a calm empty state), an optional footer. */
export const ChartCard = ({ chartId, title, note, model, empty, height, headline, footer, className = '' }: Props) => (
  <section className={`card dashboard-card ${className}`} data-testid={`dashboard-${chartId}`} aria-labelledby={`dashboard-${chartId}-title`}>
    <header className="dashboard-card-head">
      <div className="dashboard-card-titles">
        <h2 id={`dashboard-${chartId}-title`}>{title}</h2>
        <p className="dashboard-note">{note}</p>
      </div>
      {headline}
    </header>
    {model.empty ? <EmptyChart chartId={chartId} message={empty} height={height} /> : <EChart chartId={chartId} model={model} label={title} height={height} />}
    {footer}
  </section>
);

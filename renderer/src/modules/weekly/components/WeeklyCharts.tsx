import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionItem } from '../../../../../shared/domain/options.ts';
import type { WeeklyReport } from '../../../../../shared/weekly/weeklyReportTypes.ts';
import { weeklyCharts } from '../utils/weeklyCharts.ts';
import { WeeklyChart } from './WeeklyChart.tsx';

/** The two charts of the 周报, side by side; the Excel export embeds the same charts as pictures. */
export const WeeklyCharts = ({ report, methods }: { report: WeeklyReport; methods: readonly OptionItem[] }) => {
  const { t } = useTranslation();
  const charts = useMemo(() => weeklyCharts(report, methods, t), [report, methods, t]);
  return (
    <section className="card weekly-charts">
      {charts.map((chart) => (
        <WeeklyChart key={chart.id} option={chart.option} label={chart.title} testId={`weekly-chart-${chart.id}`} />
      ))}
    </section>
  );
};

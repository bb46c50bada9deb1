import { useTranslation } from 'react-i18next';
import type { ConversionAnomaly } from '../../../../../shared/reports/conversionAnomalies.ts';
import { formatRate } from '../../teamReports/utils/formatRate.ts';
import { describeAnomaly } from '../../teamReports/utils/describeAnomaly.ts';
import { useConversionChart } from '../hooks/useConversionChart.ts';
import { useDashboardView } from '../hooks/useDashboardView.ts';
import { drillLink, drillTitle } from '../utils/drillScope.ts';
import { dayRange } from '../utils/periodLabel.ts';
import { ChartCard } from './ChartCard.tsx';

/** The red ones in words (the team view's wording), each a link to the customers behind it. */
const AnomalyList = ({ anomalies, period }: { anomalies: (ConversionAnomaly | null)[]; period: string }) => {
  const { t } = useTranslation();
  const { ctx, clock } = useDashboardView();
  const { look, scope } = ctx;
  const lookups = { memberName: look.memberName, customerName: look.customerName, stageLabel: look.stageLabel, utcOffsetMinutes: clock.utcOffsetMinutes };
  const shown = anomalies.filter((a) => a !== null);
  if (shown.length === 0) return <p className="dashboard-footnote">{t('dashboard.conversion.noAnomalies')}</p>;
  return (
    <ul className="dashboard-anomalies" data-testid="dashboard-anomalies">
      {shown.map((a) => {
        const words = { name: look.memberName(a.memberId), period, from: look.stageLabel(a.stage), to: look.stageLabel(a.next), entered: a.rep.entered, converted: a.rep.converted, teamEntered: a.team.entered, teamConverted: a.team.converted, gap: formatRate(a.gap) };
        const href = drillLink(a.rep.enteredIds, drillTitle({ ...scope, member: words.name }, t('dashboard.conversion.drill', words)));
        return (
          <li key={`${a.memberId}-${a.stage}`}>
            <a href={href ?? undefined} title={t('dashboard.conversion.anomalyTip', words)} data-testid="dashboard-anomaly">
              {describeAnomaly(a, t, lookups).text}
            </a>
          </li>
        );
      })}
    </ul>
  );
};

/** Stage conversion per rep vs the team, the reps far below in red. */
export const ConversionCard = () => {
  const { t } = useTranslation();
  const { data, model } = useConversionChart();
  const measuredOver = dayRange(t, data.window);
  return (
    <ChartCard
      chartId="conversion"
      className="dashboard-span-8 dashboard-tall"
      title={t('dashboard.conversion.title')}
      note={t('dashboard.conversion.note')}
      model={model}
      empty={t('dashboard.conversion.empty')}
      height={420}
      headline={<span className="dashboard-headline" data-testid="conversion-window">{measuredOver}</span>}
      footer={model.empty ? null : <AnomalyList period={measuredOver} anomalies={data.steps.flatMap((s) => s.reps.map((r) => r.anomaly))} />}
    />
  );
};

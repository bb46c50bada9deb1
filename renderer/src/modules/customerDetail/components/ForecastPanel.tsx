import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../../db/useMembers.ts';
import { useForecast } from '../hooks/useForecast.ts';
import { formatMoney } from '../utils/formatMoney.ts';
import { DeviationTable } from './DeviationTable.tsx';
import { ForecastChart } from './ForecastChart.tsx';
import { ForecastDeals } from './ForecastDeals.tsx';
import { ForecastLines } from './ForecastLines.tsx';
import { HighForecastList } from './HighForecastList.tsx';

/**
 * 销售预测, across the page: open deals × maturity (DOMAIN.md) by month of expected close and by rep, commit
 * (maturity ≥ 0.8) against best case, the deals to question (高预测低证据), and past months' forecast
 * against what was actually won.
 */
export const ForecastPanel = ({ onOpenCustomer }: { onOpenCustomer: () => void }) => {
  const { t } = useTranslation();
  const view = useForecast();
  const members = useMembers();
  const [month, setMonth] = useState<string | null>(null);
  if (!view) return <p className="cd-muted">{t('forecast.loading')}</p>;
  const { forecast } = view;
  const reps = new Map((members ?? []).map((m) => [m.id, m.name]));
  const monthLabel = (key: string) => (key === '' ? t('forecast.unscheduled') : key);
  const chosen = month ?? forecast.byMonth[0]?.key ?? '';
  const tiles: [string, string, string][] = [
    ['forecast', t('forecast.tiles.forecast'), formatMoney(forecast.total.forecast)],
    ['commit', t('forecast.tiles.commit'), formatMoney(forecast.total.commit)],
    ['best', t('forecast.tiles.bestCase'), formatMoney(forecast.total.bestCase)],
    ['deals', t('forecast.tiles.deals'), t('forecast.count', { count: forecast.deals.length })],
  ];
  return (
    <section className="cd-forecast" aria-labelledby="forecast-title" data-testid="forecast-panel">
      <header className="cd-forecast-head">
        <h1 id="forecast-title">{t('forecast.title')}</h1>
        <p className="cd-muted">{t('forecast.subtitle', { date: view.today })}</p>
      </header>
      <div className="cd-tiles">
        {tiles.map(([id, label, value]) => (
          <div key={id} className={`cd-tile ${id}`} data-testid={`forecast-${id}`}>
            <span>{label}</span>
            <strong>{value}</strong>
          </div>
        ))}
      </div>
      <div className="cd-forecast-grid">
        <section className="card cd-card">
          <h2>{t('forecast.byMonth')}</h2>
          <ForecastChart lines={forecast.byMonth} unscheduled={t('forecast.unscheduled')} />
          <ForecastLines lines={forecast.byMonth} label={monthLabel} first={t('forecast.month')} chosen={chosen} onChoose={setMonth} testId="forecast-by-month" />
        </section>
        <section className="card cd-card">
          <h2>{t('forecast.byRep')}</h2>
          <ForecastLines lines={forecast.byRep} label={(id) => reps.get(id) ?? id} first={t('forecast.rep')} testId="forecast-by-rep" />
          <h2 className="cd-gap">{t('forecast.risky.title')}</h2>
          <HighForecastList deals={view.risky} reps={reps} onOpen={onOpenCustomer} />
        </section>
      </div>
      <section className="card cd-card">
        <h2>{t('forecast.deals.title', { month: monthLabel(chosen) })}</h2>
        <ForecastDeals deals={forecast.deals.filter((d) => d.month === chosen)} reps={reps} onOpen={onOpenCustomer} />
      </section>
      <section className="card cd-card">
        <h2>{t('forecast.deviation.title')}</h2>
        <p className="cd-muted">{t('forecast.deviation.method')}</p>
        <DeviationTable months={view.deviation} />
      </section>
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import type { DeviationMonth } from '../../../../../shared/customers/forecastDeviation.ts';
import { formatMoney } from '../utils/formatMoney.ts';

/** Past months: the forecast on each month's first day, what was won in it, and the deviation |预测 − 实际| ÷ 实际. */
export const DeviationTable = ({ months }: { months: readonly DeviationMonth[] | undefined }) => {
  const { t } = useTranslation();
  if (!months) return <p className="cd-muted">{t('forecast.loading')}</p>;
  return (
    <table className="table cd-table" data-testid="forecast-deviation">
      <thead>
        <tr>
          <th>{t('forecast.month')}</th>
          <th className="num">{t('forecast.deviation.forecast')}</th>
          <th className="num">{t('forecast.deviation.actual')}</th>
          <th className="num">{t('forecast.deviation.deviation')}</th>
          <th className="num">{t('forecast.deviation.deals')}</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <td>{m.month}</td>
            <td className="num">{formatMoney(m.forecast)}</td>
            <td className="num">{formatMoney(m.actual)}</td>
            <td className={m.deviation !== null && m.deviation > 0.3 ? 'num cd-bad' : 'num'}>{m.deviation === null ? t('forecast.deviation.none') : `${Math.round(m.deviation * 100)}%`}</td>
            <td className="num">{t('forecast.deviation.dealCounts', { forecast: m.forecastIds.length, won: m.wonIds.length })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

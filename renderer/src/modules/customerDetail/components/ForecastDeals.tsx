import { useTranslation } from 'react-i18next';
import type { ForecastDeal } from '../../../../../shared/customers/forecastDeals.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { formatMoney } from '../utils/formatMoney.ts';

/** The open deals of one month, biggest contribution first, each opening its customer's page. */
export const ForecastDeals = ({ deals, reps, onOpen }: { deals: readonly ForecastDeal[]; reps: ReadonlyMap<string, string>; onOpen: () => void }) => {
  const { t } = useTranslation();
  if (deals.length === 0) return <p className="cd-empty">{t('forecast.empty')}</p>;
  const sorted = [...deals].sort((a, b) => b.weighted - a.weighted || b.expected - a.expected);
  return (
    <table className="table cd-table" data-testid="forecast-deals">
      <thead>
        <tr>
          <th>{t('forecast.deals.customer')}</th>
          <th>{t('forecast.rep')}</th>
          <th className="num">{t('forecast.deals.expected')}</th>
          <th className="num">{t('forecast.deals.maturity')}</th>
          <th className="num">{t('forecast.tiles.forecast')}</th>
          <th>{t('forecast.deals.commit')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((d) => (
          <tr key={d.customerId}>
            <td><a href={appLinkHash({ kind: 'customer', id: d.customerId })} onClick={onOpen}>{d.name}</a></td>
            <td>{reps.get(d.ownerId) ?? ''}</td>
            <td className="num">{formatMoney(d.expected)}</td>
            <td className="num">{d.maturity.toFixed(1)}</td>
            <td className="num strong">{formatMoney(d.weighted)}</td>
            <td>{d.commit ? t('forecast.deals.isCommit') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

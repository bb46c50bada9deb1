import { useTranslation } from 'react-i18next';
import type { ForecastDeal } from '../../../../../shared/customers/forecastDeals.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { formatMoney } from '../utils/formatMoney.ts';

/** 高预测低证据: big expected amounts (top quarter) with maturity under 0.5 — the numbers to question first. */
export const HighForecastList = ({ deals, reps, onOpen }: { deals: readonly ForecastDeal[]; reps: ReadonlyMap<string, string>; onOpen: () => void }) => {
  const { t } = useTranslation();
  return (
    <>
      <p className="cd-muted">{t('forecast.risky.note')}</p>
      {deals.length === 0 ? (
        <p className="cd-empty">{t('forecast.risky.empty')}</p>
      ) : (
        <ol className="cd-risky" data-testid="forecast-risky">
          {deals.map((d) => (
            <li key={d.customerId}>
              <a href={appLinkHash({ kind: 'customer', id: d.customerId })} onClick={onOpen}>{d.name}</a>
              <span className="cd-muted">{reps.get(d.ownerId) ?? ''}</span>
              <span className="num">{formatMoney(d.expected)}</span>
              <span className="cd-risky-maturity">{t('forecast.risky.maturity', { maturity: d.maturity.toFixed(1) })}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
};

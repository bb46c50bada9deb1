import { useTranslation } from 'react-i18next';
import type { ForecastLine } from '../../../../../shared/customers/forecastDeals.ts';
import { formatMoney } from '../utils/formatMoney.ts';

type Props = { lines: readonly ForecastLine[]; label: (key: string) => string; first: string; chosen?: string; onChoose?: (key: string) => void; testId: string };

/** Forecast lines (a month or a rep each): 预测 = Σ 预计金额 × 成熟度, 承诺 (≥ 0.8) and 最佳情况, with the number of deals. */
export const ForecastLines = ({ lines, label, first, chosen, onChoose, testId }: Props) => {
  const { t } = useTranslation();
  if (lines.length === 0) return <p className="cd-empty">{t('forecast.empty')}</p>;
  return (
    <table className="table cd-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{first}</th>
          <th className="num">{t('forecast.tiles.forecast')}</th>
          <th className="num">{t('forecast.tiles.commit')}</th>
          <th className="num">{t('forecast.tiles.bestCase')}</th>
          <th className="num">{t('forecast.tiles.deals')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className={chosen === line.key ? 'chosen' : undefined} aria-selected={onChoose ? chosen === line.key : undefined} onClick={onChoose ? () => onChoose(line.key) : undefined}>
            <td>{onChoose ? <button type="button" className="link-button cd-cell-link" onClick={() => onChoose(line.key)}>{label(line.key)}</button> : label(line.key)}</td>
            <td className="num strong">{formatMoney(line.forecast)}</td>
            <td className="num">{formatMoney(line.commit)}</td>
            <td className="num">{formatMoney(line.bestCase)}</td>
            <td className="num">{line.customerIds.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

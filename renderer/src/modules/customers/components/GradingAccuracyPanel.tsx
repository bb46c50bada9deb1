import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useGradingAccuracy } from '../hooks/useGradingAccuracy.ts';

type Props = { rows: ReadonlyMap<string, CustomerRow>; lookups: GridLookups; onClose: () => void };

/** 评级准确率 (admins): per past quarter, the A customers at its end and how many were won within three months — with the customers behind the number. */
export const GradingAccuracyPanel = ({ rows, lookups, onClose }: Props) => {
  const { t } = useTranslation();
  const quarters = useGradingAccuracy(rows, lookups);
  const percent = (n: number) => `${Math.round(n * 100)}%`;
  return (
    <div className="dialog-backdrop" role="presentation" onClick={onClose}>
      <div className="dialog cust-dialog" role="dialog" aria-modal="true" aria-label={t('customers.accuracy.title')} onClick={(e) => e.stopPropagation()} data-testid="grading-accuracy">
        <h2>{t('customers.accuracy.title')}</h2>
        <p className="form-intro">{t('customers.accuracy.intro')}</p>
        {(quarters ?? []).map((q) => (
          <section key={`${q.quarter.year}-${q.quarter.quarter}`} className="accuracy-quarter">
            <header>
              <h3>{t('customers.accuracy.quarter', { year: q.quarter.year, quarter: q.quarter.quarter })}</h3>
              <strong className="accuracy-rate">{q.accuracy === null ? '—' : t('customers.accuracy.rate', { rate: percent(q.accuracy) })}</strong>
            </header>
            {q.gradedA.length === 0 ? (
              <p className="muted">{t('customers.accuracy.none')}</p>
            ) : (
              <details>
                <summary>
                  {q.pending ? `${t('customers.accuracy.pending', { until: q.until })} ` : ''}
                  {t('customers.accuracy.line', { graded: q.gradedA.length, won: q.wonWithin3Months.length })}
                </summary>
                <ul className="accuracy-customers">
                  {q.gradedA.map((id) => (
                    <li key={id}>
                      <a href={appLinkHash({ kind: 'customer', id })}>{rows.get(id)?.name ?? id}</a>
                      <span className={q.wonWithin3Months.includes(id) ? 'accuracy-won' : 'muted'}>{q.wonWithin3Months.includes(id) ? t('customers.accuracy.won') : t('customers.accuracy.notWon')}</span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        ))}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>{t('customers.accuracy.close')}</button>
        </div>
      </div>
    </div>
  );
};

import { useTranslation } from 'react-i18next';
import { CONVERSION_PERIOD_DAYS, type TeamAnomaly } from '../../../../../shared/reports/teamAnomalies.ts';
import { describeAnomaly, type AnomalyLookups } from '../utils/describeAnomaly.ts';

type Props = { anomalies: readonly TeamAnomaly[] | undefined; lookups: AnomalyLookups };

/**
 * 异常预警 in red: conversion gaps and unrecorded stage moves one per line, 7天无进展 as one chip per
 * rep (every rep has a few, so lines would bury the rest). Each opens the follow-ups behind it; the
 * tooltip spells out the numbers.
 */
export const AnomalyPanel = ({ anomalies, lookups }: Props) => {
  const { t } = useTranslation();
  const lines = (anomalies ?? []).filter((a) => a.kind !== 'stalled');
  const stalled = (anomalies ?? []).filter((a) => a.kind === 'stalled');
  return (
    <section className="card team-anomalies" aria-labelledby="team-anomalies-title" data-testid="anomalies">
      <h2 id="team-anomalies-title">
        {t('teamReports.anomalies.title')}
        {anomalies && anomalies.length > 0 && <span className="team-anomaly-count">{anomalies.length}</span>}
      </h2>
      {!anomalies && <p className="team-note">{t('teamReports.loading')}</p>}
      {anomalies?.length === 0 && <p className="team-note">{t('teamReports.anomalies.none')}</p>}
      {lines.length > 0 && (
        <ul>
          {lines.map((a, i) => {
            const d = describeAnomaly(a, t, lookups);
            return (
              <li key={`${a.kind}-${a.memberId}-${i}`} className={`team-anomaly ${a.kind}`}>
                <span className="team-anomaly-kind">{t(`teamReports.anomalies.kind.${a.kind === 'conversion' ? 'conversion' : 'unrecordedMove'}`)}</span>
                <a href={d.href} title={d.tip} data-testid="anomaly">
                  {d.text}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {stalled.length > 0 && (
        <div className="team-stalled">
          <h3>{t('teamReports.anomalies.stalledGroup')}</h3>
          <div className="team-stalled-chips">
            {stalled.map((a) => {
              const d = describeAnomaly(a, t, lookups);
              const count = a.kind === 'stalled' ? a.customers.length : 0;
              return (
                <a key={a.memberId} className="team-stalled-chip" href={d.href} title={d.tip} data-testid="anomaly" aria-label={d.text}>
                  {t('teamReports.anomalies.stalledChip', { name: lookups.memberName(a.memberId), count })}
                </a>
              );
            })}
          </div>
        </div>
      )}
      <p className="team-note">{t('teamReports.anomalies.basis', { days: CONVERSION_PERIOD_DAYS })}</p>
    </section>
  );
};

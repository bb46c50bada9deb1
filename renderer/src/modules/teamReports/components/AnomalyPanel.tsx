import { useTranslation } from 'react-i18next';
import { CONVERSION_PERIOD_DAYS, type TeamAnomaly } from '../../../../../shared/reports/teamAnomalies.ts';
import { describeAnomaly, type AnomalyLookups } from '../utils/describeAnomaly.ts';

type Props = { anomalies: readonly TeamAnomaly[] | undefined; lookups: AnomalyLookups };

const ICON: Record<TeamAnomaly['kind'], string> = { conversion: '↘', stalled: '⏸', unrecordedMove: '⇡' };

/** 异常预警 in red: each line opens the follow-ups behind it; the tooltip spells out the numbers. */
export const AnomalyPanel = ({ anomalies, lookups }: Props) => {
  const { t } = useTranslation();
  return (
    <section className="card team-anomalies" aria-labelledby="team-anomalies-title" data-testid="anomalies">
      <h2 id="team-anomalies-title">
        {t('teamReports.anomalies.title')}
        {anomalies && anomalies.length > 0 && <span className="team-anomaly-count">{anomalies.length}</span>}
      </h2>
      {!anomalies && <p className="team-note">{t('teamReports.loading')}</p>}
      {anomalies?.length === 0 && <p className="team-note">{t('teamReports.anomalies.none')}</p>}
      {anomalies && anomalies.length > 0 && (
        <ul>
          {anomalies.map((a, i) => {
            const d = describeAnomaly(a, t, lookups);
            return (
              <li key={`${a.kind}-${a.memberId}-${i}`} className={`team-anomaly ${a.kind}`}>
                <span className="team-anomaly-icon" aria-hidden="true">
                  {ICON[a.kind]}
                </span>
                <a href={d.href} title={d.tip} data-testid="anomaly">
                  {d.text}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <p className="team-note">{t('teamReports.anomalies.basis', { days: CONVERSION_PERIOD_DAYS })}</p>
    </section>
  );
};

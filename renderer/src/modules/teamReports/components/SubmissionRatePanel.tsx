import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { SubmissionRate } from '../../../../../shared/reports/submissionRate.ts';
import type { TeamSubmissionRates } from '../../../../../shared/reports/teamSubmissionRates.ts';
import { formatRate } from '../utils/formatRate.ts';

type Props = { reps: readonly Pick<MemberDoc, 'id' | 'name'>[]; week: TeamSubmissionRates; month: TeamSubmissionRates };

const Cell = ({ rate }: { rate: SubmissionRate | undefined }) => {
  const { t } = useTranslation();
  if (!rate || rate.rate === null) return <td className="team-rate none">{t('teamReports.rate.none')}</td>;
  const tone = rate.rate >= 0.9 ? 'ok' : rate.rate >= 0.7 ? 'warn' : 'bad';
  return (
    <td className={`team-rate ${tone}`}>
      <span className="team-rate-bar" style={{ width: `${Math.round(rate.rate * 100)}%` }} />
      <strong>{formatRate(rate.rate)}</strong>
      <small>{t('teamReports.rate.detail', { submitted: rate.submitted, expected: rate.expected })}</small>
    </td>
  );
};

/** 提交率 for this week and this month, per rep and for the team (submitted ÷ expected Mon–Fri rep-days). */
export const SubmissionRatePanel = ({ reps, week, month }: Props) => {
  const { t } = useTranslation();
  return (
    <section className="card team-rates" aria-labelledby="team-rates-title" data-testid="submission-rates">
      <h2 id="team-rates-title">{t('teamReports.rate.title')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t('teamReports.rate.member')}</th>
            <th>{t('teamReports.rate.week')}</th>
            <th>{t('teamReports.rate.month')}</th>
          </tr>
        </thead>
        <tbody>
          {reps.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <Cell rate={week.byRep.get(r.id)} />
              <Cell rate={month.byRep.get(r.id)} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="team-rate-row">
            <th>{t('teamReports.rate.team')}</th>
            <Cell rate={week.team} />
            <Cell rate={month.team} />
          </tr>
        </tfoot>
      </table>
      <p className="team-note">{t('teamReports.rate.note')}</p>
    </section>
  );
};

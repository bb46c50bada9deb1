import { useTranslation } from 'react-i18next';
import { weeklyKpiFormat, type WeeklyKpiId } from '../../../../../shared/weekly/weeklyKpis.ts';
import { weeklyKpiValue } from '../../../../../shared/weekly/weeklyKpiValue.ts';
import type { WeeklyReport, WeeklyRow } from '../../../../../shared/weekly/weeklyReportTypes.ts';
import { formatWeeklyValue } from '../utils/formatWeeklyValue.ts';
import { WeeklyNumber } from './WeeklyNumber.tsx';

type Props = { report: WeeklyReport; kpis: readonly WeeklyKpiId[] };

const Line = ({ row, kpis, report, totals }: Props & { row: WeeklyRow; totals: boolean }) => {
  const { t } = useTranslation();
  const name = totals ? t('weekly.totals') : row.name;
  return (
    <tr data-testid="weekly-row" data-member={row.memberId || 'totals'}>
      <th scope="row">{name}</th>
      {kpis.map((id) => {
        const { value, followUpIds } = weeklyKpiValue(row, id);
        const kpi = t(`weekly.kpis.${id}`);
        const text = formatWeeklyValue(t, value, weeklyKpiFormat(id, report.targetKpi));
        return (
          <td key={id} data-kpi={id} className={value !== null && value < 0 ? 'weekly-down' : undefined}>
            <WeeklyNumber text={text} ids={followUpIds} title={t('weekly.rowsTitle', { name, week: report.isoWeek.week, kpi })} />
          </td>
        );
      })}
    </tr>
  );
};

/** The per-rep table as printed: the template's columns in its order, a line per rep, 合计 last; numbers open their rows. */
export const WeeklyKpiTable = ({ report, kpis }: Props) => {
  const { t } = useTranslation();
  return (
    <section className="card weekly-table" aria-labelledby="weekly-table-title">
      <h2 id="weekly-table-title">{t('weekly.tableTitle')}</h2>
      <p className="muted weekly-hint">{t('weekly.tableHint', { kpi: t(`weekly.targetKpis.${report.targetKpi}`) })}</p>
      {report.reps.length === 0 ? (
        <p className="muted">{t('weekly.empty')}</p>
      ) : (
        <div className="weekly-table-scroll">
          <table className="table" data-testid="weekly-table">
            <thead>
              <tr>
                <th scope="col">{t('weekly.name')}</th>
                {kpis.map((id) => (
                  <th key={id} scope="col">
                    {t(`weekly.kpis.${id}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.reps.map((row) => (
                <Line key={row.memberId} row={row} kpis={kpis} report={report} totals={false} />
              ))}
            </tbody>
            <tfoot>
              <Line row={report.totals} kpis={kpis} report={report} totals />
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
};

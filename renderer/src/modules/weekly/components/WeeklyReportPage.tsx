import { useTranslation } from 'react-i18next';
import { weekStartAt, weekStartOf } from '../../../../../shared/weekly/weekStartOf.ts';
import { PrintButton } from '../../../app/components/PrintButton.tsx';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { PanelNoteLine } from '../../settings/components/PanelNoteLine.tsx';
import { useExportWeekly } from '../hooks/useExportWeekly.ts';
import { useWeeklyReport } from '../hooks/useWeeklyReport.ts';
import { weekHeading } from '../utils/weekHeading.ts';
import { WeekPicker } from './WeekPicker.tsx';
import { WeeklyCharts } from './WeeklyCharts.tsx';
import { WeeklyKpiTable } from './WeeklyKpiTable.tsx';
import { WeeklySectionsTable } from './WeeklySectionsTable.tsx';
import '../weekly.css';

/**
 * 销售周报 of the week starting `weekStart` (a Monday; #/dashboard/weekly/<monday>): the title block, the
 * per-rep numbers (each opening its rows), the charts and each rep's summary, problems and plan, laid out
 * as the printed Excel report, which 导出 Excel builds.
 */
export const WeeklyReportPage = ({ weekStart }: { weekStart: string }) => {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const { memberId } = useProfile();
  const data = useWeeklyReport(weekStart);
  const me = data?.members.find((m) => m.id === memberId);
  const author = me?.name ?? '';
  const { busy, note, exportWeekly } = useExportWeekly(data, author);
  const monday = weekStartOf(weekStart);
  const thisMonday = weekStartAt(now, data?.settings.utcOffsetMinutes ?? 480);
  // The 周报 compares the whole team's numbers: for managers and admins, as the team's daily reports are.
  if (me?.role === 'rep') {
    return (
      <section className="page weekly-page" data-testid="weekly-page">
        <h1>{t('weekly.title')}</h1>
        <p className="muted">{t('weekly.managersOnly')}</p>
      </section>
    );
  }
  const heading = weekHeading(t, i18n.language, monday);
  return (
    <section className="page weekly-page" data-testid="weekly-page">
      <header className="page-header">
        <div>
          <h1>{t('weekly.title')}</h1>
          <p className="weekly-week" data-testid="weekly-week">
            {heading}
          </p>
        </div>
        <div className="weekly-actions">
          <WeekPicker monday={monday} thisMonday={thisMonday} />
          <button type="button" className="button primary" disabled={!data || busy} onClick={() => void exportWeekly()}>
            {busy ? t('weekly.exporting') : t('weekly.export')}
          </button>
          <PrintButton title={`${t('weekly.title')} ${heading}`} fileName={`${t('weekly.title')}-${monday}`} />
        </div>
      </header>
      <PanelNoteLine note={note} />
      {data && (
        <dl className="weekly-facts">
          {data.settings.company && <dt>{t('weekly.company')}</dt>}
          {data.settings.company && <dd>{data.settings.company}</dd>}
          <dt>{t('weekly.department')}</dt>
          <dd>{data.settings.department}</dd>
          <dt>{t('weekly.author')}</dt>
          <dd>{author}</dd>
        </dl>
      )}
      {!data ? (
        <p className="muted">{t('weekly.loading')}</p>
      ) : (
        <>
          <WeeklyKpiTable report={data.report} kpis={data.template.kpis} />
          <WeeklyCharts report={data.report} methods={data.settings.options.methods} />
          <WeeklySectionsTable reps={data.report.reps} template={data.template} />
        </>
      )}
    </section>
  );
};

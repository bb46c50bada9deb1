import { useTranslation } from 'react-i18next';
import { addDays, weekdayOf, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { PrintButton } from '../../../app/components/PrintButton.tsx';

type Props = { date: CalendarDate; today: CalendarDate; deadline: string };

const go = (date: string) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) window.location.hash = appLinkHash({ kind: 'teamReports', date });
};

/** Title and day picker: ‹ day › and 今天; the day lives in the link, so back and reload keep it. */
export const TeamDayNav = ({ date, today, deadline }: Props) => {
  const { t } = useTranslation();
  const weekday = t(`teamReports.weekday.${String(weekdayOf(date)) as '0'}`);
  return (
    <header className="page-header team-header">
      <div>
        <h1>{t('teamReports.title')}</h1>
        <p className="team-subtitle">{t('teamReports.subtitle', { date, weekday, deadline })}</p>
      </div>
      <div className="team-daypicker" role="group" aria-label={t('teamReports.pickDay')}>
        <button type="button" className="button" onClick={() => go(addDays(date, -1))} aria-label={t('teamReports.prevDay')} title={t('teamReports.prevDay')}>
          ‹
        </button>
        <input type="date" value={date} max={today} aria-label={t('teamReports.pickDay')} onChange={(e) => go(e.target.value)} />
        <button type="button" className="button" onClick={() => go(addDays(date, 1))} disabled={date >= today} aria-label={t('teamReports.nextDay')} title={t('teamReports.nextDay')}>
          ›
        </button>
        <button type="button" className="button" onClick={() => go(today)} disabled={date === today}>
          {t('teamReports.today')}
        </button>
      </div>
      <PrintButton title={`${t('teamReports.title')} ${date}`} fileName={`${t('teamReports.title')}-${date}`} />
    </header>
  );
};

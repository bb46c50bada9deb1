import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../../shared/domain/calendarDate.ts';
import { reportDayParts } from '../utils/reportDayParts.ts';

type Props = { date: string; today: string; onGo: (date: string) => void };

/** ‹ 11月20日 周五 › and 回到今天: one day at a time, or any past day from the calendar under the date. */
export const ReportDayPicker = ({ date, today, onGo }: Props) => {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { month, day, weekday } = reportDayParts(date);
  return (
    <nav className="daily-report-days" aria-label={t('dailyReport.pickDay')}>
      <button type="button" className="daily-report-day-step" aria-label={t('dailyReport.previousDay')} onClick={() => onGo(addDays(date, -1))}>
        ‹
      </button>
      <button type="button" className="daily-report-day" data-testid="report-day" onClick={() => input.current?.showPicker()}>
        {t('dailyReport.dayLabel', { month, day, weekday: t(`dailyReport.weekdays.${weekday}`) })}
        {date === today && <span className="daily-report-today">{t('dailyReport.todayTag')}</span>}
      </button>
      <input
        ref={input}
        type="date"
        className="daily-report-day-input"
        tabIndex={-1}
        aria-label={t('dailyReport.pickDay')}
        value={date}
        max={today}
        onChange={(e) => e.target.value && onGo(e.target.value)}
      />
      <button type="button" className="daily-report-day-step" aria-label={t('dailyReport.nextDay')} disabled={date >= today} onClick={() => onGo(addDays(date, 1))}>
        ›
      </button>
      {date !== today && (
        <button type="button" className="button daily-report-back" onClick={() => onGo(today)}>
          {t('dailyReport.backToToday')}
        </button>
      )}
    </nav>
  );
};

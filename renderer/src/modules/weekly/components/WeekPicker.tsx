import { useTranslation } from 'react-i18next';
import { addDays, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';

type Props = { monday: CalendarDate; thisMonday: CalendarDate };

const go = (weekStart: CalendarDate) => {
  window.location.hash = appLinkHash({ kind: 'weekly', weekStart });
};

/** 上一周 / 本周 / 下一周: each week is its own address (#/dashboard/weekly/<monday>), so back and reload keep it. */
export const WeekPicker = ({ monday, thisMonday }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="weekly-picker" role="group" aria-label={t('weekly.picker')}>
      <button type="button" className="button" onClick={() => go(addDays(monday, -7))}>
        {t('weekly.prev')}
      </button>
      <button type="button" className="button" disabled={monday === thisMonday} onClick={() => go(thisMonday)}>
        {t('weekly.current')}
      </button>
      <button type="button" className="button" disabled={monday >= thisMonday} onClick={() => go(addDays(monday, 7))}>
        {t('weekly.next')}
      </button>
    </div>
  );
};

import { useTranslation } from 'react-i18next';
import { weekdayOf } from '../../../../../shared/domain/calendarDate.ts';
import type { WeeklySections } from '../../../../../shared/weekly/weeklySections.ts';
import { shortDate } from '../utils/shortDate.ts';

const weekdays = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;

/** A rep's 本周总结 / 问题与风险 / 下周计划 as three cells: a line per day, the risks and the plan as lists. */
export const WeeklySectionCells = ({ sections }: { sections: WeeklySections }) => {
  const { t } = useTranslation();
  const day = (date: string) => t('weekly.day', { weekday: t(`dailyReport.weekdays.${weekdays[weekdayOf(date)] ?? 'd0'}`), date: shortDate(date) });
  const nothing = <span className="muted">{t('weekly.nothing')}</span>;
  return (
    <>
      <td data-section="summary">
        {sections.summary.length === 0
          ? nothing
          : sections.summary.map((line) => (
              <p key={line.date} className="weekly-day-line">
                <strong>{day(line.date)}</strong> {line.text}
              </p>
            ))}
      </td>
      <td data-section="risks">
        {sections.risks.length === 0 ? (
          nothing
        ) : (
          <ol>
            {sections.risks.map((risk) => (
              <li key={risk.text}>
                {risk.text}
                {risk.dates.length > 1 && <small className="muted">{t('weekly.raisedOn', { dates: risk.dates.map(shortDate).join(t('weekly.listSeparator')) })}</small>}
              </li>
            ))}
          </ol>
        )}
      </td>
      <td data-section="nextWeek">
        {sections.nextWeek === null ? (
          nothing
        ) : (
          <>
            <ol>
              {sections.nextWeek.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ol>
            <small className="muted">{t('weekly.planFrom', { date: shortDate(sections.nextWeek.date) })}</small>
          </>
        )}
      </td>
    </>
  );
};

import type { CalendarDate } from '../../domain/calendarDate.ts';

const unsafe = /[\\/:*?"<>|\p{Cc}]/gu;

/**
 * The file a report is saved as: 客户跟进报告_苏州恒瑞精密机械有限公司_2026-12-01.xlsx for one customer,
 * 客户跟进报告_12个客户_2026-12-01.xlsx for a batch (the team's calendar date of the export).
 */
export const customerReportFileName = (names: readonly string[], date: CalendarDate): string => {
  const one = [...(names[0] ?? '').replace(unsafe, ' ').replace(/\s+/g, ' ').trim()].slice(0, 60).join('');
  return names.length === 1 && one ? `客户跟进报告_${one}_${date}.xlsx` : `客户跟进报告_${names.length}个客户_${date}.xlsx`;
};

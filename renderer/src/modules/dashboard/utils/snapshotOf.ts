import type { DashboardSnapshot } from '../../../../../shared/dashboard/dashboardSnapshot.ts';
import { addDays, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { DashboardRow } from '../../../../../shared/dashboard/dashboardIndex.ts';
import type { DashboardInputs } from './dashboardInputs.ts';

/** Reports kept: more than the trend's eight weeks of any preset, fewer than all of them. */
const REPORT_DAYS = 70;

/** The snapshot of what the cards are drawn from (live follow-ups, any order): only the fields the 看板 reads (members and reports trimmed too). */
export const snapshotOf = (rows: Iterable<DashboardRow>, inputs: DashboardInputs, today: CalendarDate): DashboardSnapshot => {
  const since = addDays(today, -REPORT_DAYS);
  return {
    savedAt: Date.now(),
    rows: [...rows].filter((r) => !r.trashed),
    customers: [...inputs.customers],
    members: inputs.members.map((m) => ({ id: m.id, name: m.name, role: m.role, active: m.active, trashed: m.trashed, joinedAt: m.joinedAt })),
    reports: inputs.reports.filter((r) => r.date >= since).map((r) => ({ memberId: r.memberId, date: r.date, status: r.status, submittedAt: r.submittedAt, lateMinutes: r.lateMinutes, trashed: r.trashed })),
    options: inputs.options,
    utcOffsetMinutes: inputs.utcOffsetMinutes,
    reportDeadline: inputs.reportDeadline,
  };
};

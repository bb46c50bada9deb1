import type { DashboardSnapshot } from '../../../../../shared/dashboard/dashboardSnapshot.ts';
import { addDays, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { BuiltIndex } from '../hooks/useDashboardIndex.ts';
import type { DashboardInputs } from './dashboardInputs.ts';

/** Reports kept: more than the trend's eight weeks of any preset, fewer than all of them. */
const REPORT_DAYS = 70;

/** The snapshot of what the cards were drawn from: only the fields the 看板 reads (members and reports trimmed too). */
export const snapshotOf = (built: BuiltIndex, inputs: DashboardInputs, today: CalendarDate): DashboardSnapshot => {
  const since = addDays(today, -REPORT_DAYS);
  return {
    savedAt: Date.now(),
    rows: [...built.index.rows],
    customers: [...inputs.customers],
    members: inputs.members.map((m) => ({ id: m.id, name: m.name, role: m.role, active: m.active, trashed: m.trashed, joinedAt: m.joinedAt })),
    reports: inputs.reports.filter((r) => r.date >= since).map((r) => ({ memberId: r.memberId, date: r.date, status: r.status, submittedAt: r.submittedAt, lateMinutes: r.lateMinutes, trashed: r.trashed })),
    options: inputs.options,
    utcOffsetMinutes: inputs.utcOffsetMinutes,
    reportDeadline: inputs.reportDeadline,
  };
};

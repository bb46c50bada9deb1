import type { DashboardClock, DashboardFilter } from '../../../../../shared/dashboard/dashboardFilter.ts';
import type { DashboardCustomer, DashboardRow } from '../../../../../shared/dashboard/dashboardIndex.ts';
import type { SnapshotMember, SnapshotReport } from '../../../../../shared/dashboard/dashboardSnapshot.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { OptionLists } from '../../../../../shared/domain/options.ts';
import type { DashboardBase } from './dashboardView.ts';
import type { PaintTracker } from './paintTracker.ts';

/**
 * What the 看板 reads besides the follow-ups: read from the local store, or from the last snapshot
 * (then with that snapshot's follow-ups, `rows`) while the store is still being read.
 */
export type DashboardInputs = {
  options: OptionLists;
  utcOffsetMinutes: number;
  reportDeadline: string;
  members: readonly SnapshotMember[];
  reports: readonly SnapshotReport[];
  customers: readonly DashboardCustomer[];
  rows: readonly DashboardRow[] | null;
};

const roleOrder = { admin: 0, manager: 1, rep: 2 } as const;

/** Active members as useMembers lists them (admins, managers, reps; by name). */
export const activeMembers = (all: readonly SnapshotMember[]): SnapshotMember[] =>
  all.filter((m) => !m.trashed && m.active).sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name, 'zh-CN'));

export type BaseContext = { memberId: string; filter: DashboardFilter; clock: DashboardClock; fromDay: CalendarDate; tracker: PaintTracker };

/** The cards' base from one source of inputs; null when the viewer is not among its members. */
export const baseOf = (inputs: DashboardInputs, c: BaseContext): DashboardBase | null => {
  const members = activeMembers(inputs.members);
  const me = members.find((m) => m.id === c.memberId);
  if (!me) return null;
  const directory = new Map(inputs.members.map((m) => [m.id, m]));
  return {
    filter: c.filter, clock: c.clock, tracker: c.tracker,
    memberOrder: [...members.map((m) => m.id), ...directory.keys()],
    reps: members.filter((m) => m.role === 'rep'),
    reports: inputs.reports.filter((r) => !r.trashed && r.date >= c.fromDay),
    customers: inputs.customers, directory, options: inputs.options, deadline: inputs.reportDeadline,
    teamView: me.role !== 'rep', snapshotRows: inputs.rows, inputs,
  };
};

import { createContext } from 'react';
import type { DashboardClock, DashboardFilter } from '../../../../../shared/dashboard/dashboardFilter.ts';
import type { DashboardCustomer, DashboardRow } from '../../../../../shared/dashboard/dashboardIndex.ts';
import type { SnapshotMember, SnapshotReport } from '../../../../../shared/dashboard/dashboardSnapshot.ts';
import type { OptionItem, OptionLists } from '../../../../../shared/domain/options.ts';
import type { BuiltIndex } from '../hooks/useDashboardIndex.ts';
import type { ChartContext } from './chartContext.ts';
import type { DashboardInputs } from './dashboardInputs.ts';
import type { PaintTracker } from './paintTracker.ts';

/** What the 看板 knows before its follow-ups are read. */
export type DashboardBase = {
  filter: DashboardFilter;
  clock: DashboardClock;
  /** Member ids in the app's order (admins, managers, then reps; by name), former members after. */
  memberOrder: readonly string[];
  /** The reps who owe daily reports, and the reports of the trend's weeks. */
  reps: readonly SnapshotMember[];
  reports: readonly SnapshotReport[];
  /** Every customer (the index reads their 来源渠道, creation and evidence). */
  customers: readonly DashboardCustomer[];
  /** Every member by id, former ones too. */
  directory: ReadonlyMap<string, SnapshotMember>;
  options: OptionLists;
  deadline: string;
  /** Managers and admins may open the 团队日报. */
  teamView: boolean;
  tracker: PaintTracker;
  /** The last snapshot's follow-ups when this base comes from it (drawn until the store has been read), else null. */
  snapshotRows: readonly DashboardRow[] | null;
  /** What the base was made from (the same object while the data is unchanged, whatever the filter). */
  inputs: DashboardInputs;
};

/** Everything the cards read: the above, the index, words and colours, and the key of what they draw. */
export type DashboardView = DashboardBase & {
  built: BuiltIndex;
  ctx: ChartContext;
  methods: readonly OptionItem[];
  /** The data, filter and language the charts are drawing: each reports it once drawn. */
  paintKey: string;
  /** Drawn from the last snapshot, not yet from the store. */
  provisional: boolean;
};

export const DashboardViewContext = createContext<DashboardView | null>(null);

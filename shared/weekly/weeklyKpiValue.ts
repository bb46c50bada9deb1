import type { WeeklyKpiId } from './weeklyKpis.ts';
import type { WeeklyRow } from './weeklyReportTypes.ts';

/** One cell of the 周报 table: its number (null prints "—") and the rows behind it (none for 目标 and the rates). */
export type WeeklyKpiValue = { value: number | null; followUpIds: readonly string[] };

const none: readonly string[] = [];

export const weeklyKpiValue = (row: WeeklyRow, id: WeeklyKpiId): WeeklyKpiValue => {
  switch (id) {
    case 'target':
      return { value: row.target, followUpIds: none };
    case 'completion':
      return { value: row.completion, followUpIds: none };
    case 'wow':
      return { value: row.wow, followUpIds: none };
    default:
      return row[id];
  }
};

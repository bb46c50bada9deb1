import type { MyDay } from '../../../../../shared/today/todayTypes.ts';

export type TodaySectionKind = keyof MyDay;

/** The 今日 lists in reading order: what to do today first, then what slipped. */
export const todaySections: readonly TodaySectionKind[] = ['dueToday', 'overdue', 'neverRecontacted', 'stalled'];

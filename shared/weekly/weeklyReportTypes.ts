import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { IsoWeek } from './isoWeekOf.ts';
import type { WeeklyFigure } from './weeklyFigure.ts';
import type { WeeklyTargetKpi } from './weeklyKpis.ts';
import type { WeeklySections } from './weeklySections.ts';
import type { WeekWindow } from './weekWindow.ts';

/** One line of the 周报 table: a rep's, or the team's 合计 (memberId ''). Numbers carry their rows. */
export type WeeklyRow = {
  memberId: string;
  name: string;
  /** 目标 in the unit of the report's targetKpi; null when none is set ("—"). */
  target: number | null;
  /** 实际: this week's value of the target's KPI (签约金额 by default). */
  actual: WeeklyFigure;
  completion: number | null;
  /** 上周: last week's 实际. */
  lastWeek: WeeklyFigure;
  /** 环比 of 实际; null when last week was 0. */
  wow: number | null;
  newCustomers: WeeklyFigure & { customerIds: string[] };
  followUps: WeeklyFigure;
  quotes: WeeklyFigure;
  won: WeeklyFigure;
  amount: WeeklyFigure;
  /** Follow-ups per 跟进方式 option id. */
  byMethod: Record<string, number>;
};

/** A rep's line, the typed parts drawn from the week's 日报, and the week's follow-ups (the details sheet). */
export type WeeklyRepReport = WeeklyRow & { sections: WeeklySections; details: FollowUpDoc[] };

export type WeeklyReport = {
  week: WeekWindow;
  isoWeek: IsoWeek;
  /** 2026年11月30日—12月6日 */
  rangeText: string;
  targetKpi: WeeklyTargetKpi;
  reps: WeeklyRepReport[];
  totals: WeeklyRow;
};

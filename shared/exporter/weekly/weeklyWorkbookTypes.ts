import type { CalendarDate } from '../../domain/calendarDate.ts';
import type { WeeklyKpiFormat, WeeklyKpiId } from '../../weekly/weeklyKpis.ts';
import type { WeeklySectionId } from '../../weekly/weeklySectionIds.ts';

/** One column of the 周报 table: the template's KPIs, in its order. */
export type WeeklySheetKpi = { id: WeeklyKpiId; header: string; format: WeeklyKpiFormat };
/** A rep's (or the 合计) line: a value per KPI column, null printed as "—". */
export type WeeklySheetLine = { name: string; values: (number | null)[] };
/** A rep's three typed parts, as printed (lines joined with line breaks). */
export type WeeklySheetSections = { name: string; texts: Record<WeeklySectionId, string> };
/** A chart drawn by the page (ECharts) as a PNG, and the size in px it is shown at. */
export type WeeklyChartImage = { title: string; png: Uint8Array; widthPx: number; heightPx: number };

/** One follow-up on the details sheet, names already resolved. */
export type WeeklyDetailRow = {
  followedAt: number;
  customer: string;
  contact: string;
  method: string;
  stage: string;
  status: string;
  summary: string;
  amount: number | null;
  nextDate: CalendarDate;
  nextAction: string;
};
export type WeeklyDetailBlock = { name: string; rows: WeeklyDetailRow[] };

/**
 * Everything the 周报 workbook prints, ready to write: the builder only lays it out. The renderer makes it
 * from buildWeeklyReport's result (toWeeklyWorkbookInput) and hands it to a worker.
 */
export type WeeklyWorkbookInput = {
  company: string;
  department: string;
  /** 制表人: who made the report. */
  author: string;
  weekStart: CalendarDate;
  weekNumber: number;
  /** 2026年11月30日—12月6日 */
  rangeText: string;
  /** When it was made (epoch ms): 制表日期, and the file's stamps, so the same input gives the same bytes. */
  madeAt: number;
  utcOffsetMinutes: number;
  kpis: WeeklySheetKpi[];
  lines: WeeklySheetLine[];
  totals: WeeklySheetLine;
  sectionTitles: Record<WeeklySectionId, string>;
  sections: WeeklySheetSections[];
  charts: WeeklyChartImage[];
  details: WeeklyDetailBlock[];
};

import { weekdayOf, type CalendarDate } from '../../domain/calendarDate.ts';
import type { OptionItem, OptionLists } from '../../domain/options.ts';
import type { FollowUpDoc } from '../../db/schemas/followUpSchema.ts';
import type { WeeklyTemplateModel } from '../../weekly/normalizeWeeklyTemplate.ts';
import { weeklyKpiFormat, weeklyKpiHeaders, type WeeklyKpiId } from '../../weekly/weeklyKpis.ts';
import { weeklyKpiValue } from '../../weekly/weeklyKpiValue.ts';
import type { WeeklyRepReport, WeeklyReport, WeeklyRow } from '../../weekly/weeklyReportTypes.ts';
import type { WeeklySections } from '../../weekly/weeklySections.ts';
import type { WeeklyChartImage, WeeklyDetailRow, WeeklySheetLine, WeeklyWorkbookInput } from './weeklyWorkbookTypes.ts';

/** Names for what the follow-ups refer to by id (a GridLookups fits). */
export type WeeklyLookups = {
  customers: ReadonlyMap<string, { name: string; contacts: readonly { id: string; name: string }[] }>;
  options: Pick<OptionLists, 'methods' | 'stages' | 'statuses'>;
};

export type WeeklyWorkbookMeta = {
  company: string;
  department: string;
  author: string;
  madeAt: number;
  utcOffsetMinutes: number;
  charts: WeeklyChartImage[];
};

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const DASH = '—';

/** 12/1: the short date the sections print beside a day's line. */
const shortDate = (date: CalendarDate): string => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

const line = (row: WeeklyRow, kpis: readonly WeeklyKpiId[]): WeeklySheetLine => ({ name: row.name, values: kpis.map((id) => weeklyKpiValue(row, id).value) });

/** The three texts as printed: a line per day, numbered risks (with their days when raised more than once), numbered plans. */
export const sectionTexts = (s: WeeklySections): Record<'summary' | 'risks' | 'nextWeek', string> => ({
  summary: s.summary.length === 0 ? DASH : s.summary.map((l) => `${WEEKDAYS[weekdayOf(l.date)]} ${shortDate(l.date)}：${l.text}`).join('\n'),
  risks: s.risks.length === 0 ? DASH : s.risks.map((r, i) => `${i + 1}. ${r.text}${r.dates.length > 1 ? `（${r.dates.map(shortDate).join('、')}）` : ''}`).join('\n'),
  nextWeek: s.nextWeek === null ? DASH : s.nextWeek.items.map((item, i) => `${i + 1}. ${item}`).join('\n'),
});

const label = (list: readonly OptionItem[], id: string): string => list.find((o) => o.id === id)?.label ?? id;

const detailRow = (f: FollowUpDoc, lookups: WeeklyLookups): WeeklyDetailRow => {
  const customer = lookups.customers.get(f.customerId);
  return {
    followedAt: f.followedAt,
    customer: customer?.name ?? f.customerId,
    contact: customer?.contacts.find((c) => c.id === f.contactId)?.name ?? '',
    method: label(lookups.options.methods, f.method),
    stage: label(lookups.options.stages, f.stage),
    status: label(lookups.options.statuses, f.status),
    summary: f.summary,
    amount: f.amount ?? null,
    nextDate: f.nextDate,
    nextAction: f.nextAction,
  };
};

/** The workbook's content from a built 周报: the template's columns and titles, names for ids, texts laid out. */
export const toWeeklyWorkbookInput = (report: WeeklyReport, template: WeeklyTemplateModel, lookups: WeeklyLookups, meta: WeeklyWorkbookMeta): WeeklyWorkbookInput => ({
  ...meta,
  weekStart: report.week.monday,
  weekNumber: report.isoWeek.week,
  rangeText: report.rangeText,
  kpis: template.kpis.map((id) => ({ id, header: weeklyKpiHeaders[id], format: weeklyKpiFormat(id, report.targetKpi) })),
  lines: report.reps.map((r) => line(r, template.kpis)),
  totals: line(report.totals, template.kpis),
  sectionTitles: template.sectionTitles,
  sections: report.reps.map((r: WeeklyRepReport) => ({ name: r.name, texts: sectionTexts(r.sections) })),
  details: report.reps.map((r) => ({ name: r.name, rows: r.details.map((f) => detailRow(f, lookups)) })),
});

import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { ReportTemplateModel } from '../reports/normalizeReportTemplate.ts';
import { reportSectionsShown } from '../reports/reportSectionsShown.ts';
import { resolveReportTemplate } from '../reports/resolveReportTemplate.ts';
import { itemKey, reportItems } from './reportItems.ts';

/** One day of 本周总结: the date of the report and its condensed text. */
export type SummaryLine = { date: CalendarDate; text: string };
/** One item of 问题与风险 and every day it was raised (a problem raised on three days is a risk). */
export type RiskItem = { text: string; dates: CalendarDate[] };
/** 下周计划: the items of the week's last 明日计划, and the report they come from. */
export type NextWeekPlan = { date: CalendarDate; items: string[] };

export type WeeklySections = { summary: SummaryLine[]; risks: RiskItem[]; nextWeek: NextWeekPlan | null };

/** A day's summary is cut here, so one long report does not fill a printed page. */
export const SUMMARY_MAX = 120;

/** Sections that feed 问题与风险 and 下周计划 rather than 本周总结. */
const PROBLEMS = 'problems';
const PLAN = 'tomorrowPlan';

/** What reps write when there was no problem: not a risk. */
const NOTHING = new Set(['', '无', '暂无', '没有', '无问题', '暂无问题', '没有问题', '一切正常', '正常']);

const cut = (text: string): string => ([...text].length > SUMMARY_MAX ? `${[...text].slice(0, SUMMARY_MAX - 1).join('')}…` : text);

/**
 * 本周总结 of one report: every section it shows except 遇到的问题 and 明日计划 (解决方案, 今日3件事,
 * 1个客户进展, the team's own fields), in the template's order, each folded onto one line with its items
 * joined by "；". A built-in section reads as its text; the team's own fields carry their label
 * (「客户意向：高」), since a bare 「高」 would mean nothing.
 */
const summaryOf = (report: DailyReportDoc, model: ReportTemplateModel): string => {
  const fields = reportSectionsShown(resolveReportTemplate(model, report.templateVersion), model, report.sections);
  const parts = fields.flatMap((field) => {
    if (field.id === PROBLEMS || field.id === PLAN) return [];
    const items = reportItems(report.sections[field.id] ?? '');
    if (items.length === 0) return [];
    return [field.builtin ? items.join('；') : `${field.label}：${items.join('；')}`];
  });
  return cut(parts.join('；'));
};

/**
 * The typed parts of a rep's 周报, from the rep's submitted 日报 of the week (drafts are unfinished and left
 * out), oldest first:
 * - 本周总结: one line per report that has anything besides problems and plans (summaryOf);
 * - 问题与风险: every item of 遇到的问题, the same problem on several days listed once with all its dates
 *   (「无」「暂无问题」 and the like are no risk);
 * - 下周计划: the items of the last report's 明日计划 (the plan the rep carries into next week).
 */
export const weeklySections = (reports: readonly DailyReportDoc[], model: ReportTemplateModel): WeeklySections => {
  const sent = reports.filter((r) => r.status === 'submitted' && !r.trashed).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const summary = sent.flatMap((r) => {
    const text = summaryOf(r, model);
    return text === '' ? [] : [{ date: r.date, text }];
  });
  const risks = new Map<string, RiskItem>();
  for (const r of sent) {
    for (const item of reportItems(r.sections[PROBLEMS] ?? '')) {
      const key = itemKey(item);
      if (NOTHING.has(key)) continue;
      const known = risks.get(key);
      if (!known) risks.set(key, { text: item, dates: [r.date] });
      else if (!known.dates.includes(r.date)) known.dates.push(r.date);
    }
  }
  const last = [...sent].reverse().find((r) => reportItems(r.sections[PLAN] ?? '').length > 0);
  return { summary, risks: [...risks.values()], nextWeek: last ? { date: last.date, items: reportItems(last.sections[PLAN] ?? '') } : null };
};

import { describe, expect, it } from 'vitest';
import type { ReportSection } from '../db/schemas/teamSettingsSchema.ts';
import { checkReportValues } from './checkReportValues.ts';
import { defaultReportTemplate } from './defaultReportTemplate.ts';
import { editSubmittedReport } from './editSubmittedReport.ts';
import { newDraftReport } from './newDraftReport.ts';
import { normalizeReportTemplate } from './normalizeReportTemplate.ts';
import { reportStanding } from './reportStanding.ts';
import { resolveReportTemplate } from './resolveReportTemplate.ts';
import { submitDailyReport, type SubmitReportInput } from './submitDailyReport.ts';

/** Shanghai wall-clock time on 2026-11-<day> → epoch ms, by hand: UTC = local − 8 h. */
const sh = (day: number, hour: number, minute = 0, second = 0): number => Date.UTC(2026, 10, day, hour - 8, minute, second);

const template = normalizeReportTemplate(defaultReportTemplate());
const team = { reportDeadline: '20:00', utcOffsetMinutes: 480, template };
const filled = { problems: '客户嫌贵', solutions: '申请阶梯价', tomorrowPlan: '1. 回访张江精密\n2. 发方案' };
const submit = (patch: Partial<SubmitReportInput> = {}) =>
  submitDailyReport({
    actorId: 'rep01', memberId: 'rep01', date: '2026-11-20', now: sh(20, 19, 42), team,
    metrics: { followUps: 5, won: 1, wonAmount: 120_000 }, values: filled, existing: null, ...patch,
  });
const submitted = (patch: Partial<SubmitReportInput> = {}) => {
  const result = submit(patch);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
};

describe('submitDailyReport', () => {
  it('builds the submitted document: numbers frozen, on time, the current template version', () => {
    expect(submitted()).toEqual({
      id: 'rep01_2026-11-20', memberId: 'rep01', date: '2026-11-20', status: 'submitted', submittedAt: sh(20, 19, 42), lateMinutes: 0,
      metrics: { followUps: 5, won: 1, wonAmount: 120_000 }, sections: filled, templateVersion: 1, edits: [], readBy: [],
    });
  });

  it('is on time exactly at the 20:00 deadline and late from the first second after, counted in started minutes', () => {
    expect(submitted({ now: sh(20, 20, 0, 0) }).lateMinutes).toBe(0);
    expect(submitted({ now: sh(20, 20, 0, 1) }).lateMinutes).toBe(1);
    expect(submitted({ now: sh(20, 20, 35) }).lateMinutes).toBe(35);
  });

  it('counts the deadline in the team’s time zone, not the computer’s: 20:00 Shanghai is 12:00 UTC', () => {
    expect(submitted({ now: Date.UTC(2026, 10, 20, 12, 0) }).lateMinutes).toBe(0);
    // The same instant in a team at UTC+0 is 8 hours before its deadline; at UTC+9 it is 21:00, one hour late.
    expect(submitted({ now: Date.UTC(2026, 10, 20, 12, 0), team: { ...team, utcOffsetMinutes: 540 } }).lateMinutes).toBe(60);
  });

  it('files a past day late across midnight: 11-20’s report at 11-21 00:00 local is 240 minutes late', () => {
    expect(submitted({ now: sh(20, 23, 59, 59) }).lateMinutes).toBe(240);
    expect(submitted({ now: sh(21, 0, 0) }).lateMinutes).toBe(240);
    expect(submitted({ now: sh(23, 9, 0) }).lateMinutes).toBe(2 * 24 * 60 + 13 * 60);
  });

  it('refuses a day that has not begun in the team’s time zone, though UTC already says so at midnight', () => {
    expect(submit({ date: '2026-11-21', now: sh(20, 23, 59, 59) })).toEqual({ ok: false, issues: [{ code: 'futureDay', date: '2026-11-21' }] });
    // 11-21 00:00 Shanghai is still 11-20 in UTC: the report of 11-21 may now be filed (and is on time).
    expect(submitted({ date: '2026-11-21', now: sh(21, 0, 0) }).lateMinutes).toBe(0);
  });

  it('lets a rep file only their own report, and only once', () => {
    expect(submit({ actorId: 'mgr01' })).toEqual({ ok: false, issues: [{ code: 'notOwner' }] });
    expect(submit({ existing: submitted() })).toEqual({ ok: false, issues: [{ code: 'alreadySubmitted' }] });
  });

  it('enforces the template’s required sections, a blank or spaces-only 明日计划 included', () => {
    expect(submit({ values: { problems: '无' } })).toEqual({ ok: false, issues: [{ code: 'required', sectionId: 'tomorrowPlan' }] });
    expect(submit({ values: { ...filled, tomorrowPlan: ' \n ' } }).ok).toBe(false);
    // Short form: 今日3件事 and 1个客户进展 are required instead.
    const short = normalizeReportTemplate({ ...defaultReportTemplate(), version: 2, shortForm: true });
    expect(submit({ team: { ...team, template: short } })).toEqual({
      ok: false, issues: [{ code: 'required', sectionId: 'threeThings' }, { code: 'required', sectionId: 'customerProgress' }],
    });
    const ok = submitted({ team: { ...team, template: short }, values: { threeThings: '1. 2. 3.', customerProgress: '张江精密签约' } });
    expect(ok.templateVersion).toBe(2);
  });

  it('submits the stored draft, keeping its text and taking what was typed since', () => {
    const draft = newDraftReport('rep01', '2026-11-20', 1, { problems: '草稿里的问题', tomorrowPlan: '草稿计划' });
    const report = submitted({ existing: draft, values: { tomorrowPlan: '新计划' } });
    expect(report.sections).toEqual({ problems: '草稿里的问题', tomorrowPlan: '新计划' });
    expect(report.status).toBe('submitted');
  });
});

describe('checkReportValues (custom typed fields)', () => {
  const fields = normalizeReportTemplate({
    version: 1, metrics: [], shortForm: false,
    sections: [
      { id: 'visits', label: '拜访客户数', builtin: false, enabled: true, required: true, kind: 'number' },
      { id: 'intent', label: '意向', builtin: false, enabled: true, required: false, kind: 'choice', options: ['高', '中', '低'] },
      { id: 'note', label: '备注', builtin: false, enabled: true, required: false },
    ] satisfies ReportSection[],
  }).sections.filter((s) => !s.builtin);

  it('reads numbers as people type them and stores them plainly; a choice must be one of its options', () => {
    expect(checkReportValues(fields, { visits: '１２', intent: ' 高 ', note: '\n  第一行\n第二行  \n' })).toEqual({
      issues: [], values: { visits: '12', intent: '高', note: '  第一行\n第二行' },
    });
    expect(checkReportValues(fields, { visits: '1.5万' }).values.visits).toBe('15000');
    expect(checkReportValues(fields, { visits: '三个', intent: '很高' }).issues).toEqual([
      { code: 'notANumber', sectionId: 'visits' }, { code: 'notAChoice', sectionId: 'intent', options: ['高', '中', '低'] },
    ]);
    expect(checkReportValues(fields, { visits: '' }).issues).toEqual([{ code: 'required', sectionId: 'visits' }]);
    expect(checkReportValues(fields, { visits: '1', note: 'x'.repeat(5001) }).issues).toEqual([{ code: 'tooLong', sectionId: 'note', max: 5000 }]);
  });

  it('keeps values of sections it does not check', () => {
    expect(checkReportValues(fields, { visits: '3', gone: '以前写的' }).values.gone).toBe('以前写的');
  });
});

describe('editSubmittedReport', () => {
  const report = submitted({ now: sh(20, 20, 35) });
  const fields = resolveReportTemplate(template, report.templateVersion).sections;

  it('records who changed which sections when; the report keeps its submission time, delay and numbers', () => {
    const result = editSubmittedReport({ actorId: 'rep01', now: sh(21, 9), existing: report, fields, values: { ...report.sections, solutions: '申请阶梯价并赠送培训', tomorrowPlan: '改期' } });
    expect(result).toEqual({
      ok: true,
      patch: { sections: { ...filled, solutions: '申请阶梯价并赠送培训', tomorrowPlan: '改期' }, edits: [{ at: sh(21, 9), by: 'rep01', fields: ['solutions', 'tomorrowPlan'] }] },
    });
    const after = { ...report, ...(result.ok ? result.patch : {}) };
    expect(reportStanding({ report: after, date: '2026-11-20', reportDeadline: '20:00', utcOffsetMinutes: 480, now: sh(21, 10) })).toEqual({
      kind: 'late', submittedAt: sh(20, 20, 35), lateMinutes: 35, edits: 1,
    });
    const second = editSubmittedReport({ actorId: 'rep01', now: sh(21, 10), existing: after, fields, values: { problems: '' } });
    expect(second.ok && second.patch?.edits.map((e) => e.fields)).toEqual([['solutions', 'tomorrowPlan'], ['problems']]);
  });

  it('writes nothing when nothing changed, and refuses other people, drafts and a cleared required section', () => {
    expect(editSubmittedReport({ actorId: 'rep01', now: sh(21, 9), existing: report, fields, values: { ...report.sections, problems: '客户嫌贵  ' } })).toEqual({ ok: true, patch: null });
    expect(editSubmittedReport({ actorId: 'mgr01', now: sh(21, 9), existing: report, fields, values: {} })).toEqual({ ok: false, issues: [{ code: 'notOwner' }] });
    const draft = newDraftReport('rep01', '2026-11-20', 1, {});
    expect(editSubmittedReport({ actorId: 'rep01', now: sh(21, 9), existing: draft, fields, values: {} })).toEqual({ ok: false, issues: [{ code: 'notSubmitted' }] });
    expect(editSubmittedReport({ actorId: 'rep01', now: sh(21, 9), existing: report, fields, values: { tomorrowPlan: '' } })).toEqual({
      ok: false, issues: [{ code: 'required', sectionId: 'tomorrowPlan' }],
    });
  });
});

describe('reportStanding', () => {
  const base = { date: '2026-11-20', reportDeadline: '20:00', utcOffsetMinutes: 480 };
  it('is 未提交 until submitted, missing from 09:00 the next morning, and 已按时提交 with no edits', () => {
    expect(reportStanding({ ...base, report: null, now: sh(20, 21) })).toEqual({ kind: 'notSubmitted', missing: false, hasDraft: false });
    const draft = newDraftReport('rep01', '2026-11-20', 1, {});
    expect(reportStanding({ ...base, report: draft, now: sh(21, 9) })).toEqual({ kind: 'notSubmitted', missing: true, hasDraft: true });
    expect(reportStanding({ ...base, report: submitted(), now: sh(21, 9) })).toEqual({ kind: 'onTime', submittedAt: sh(20, 19, 42), edits: 0 });
  });
});

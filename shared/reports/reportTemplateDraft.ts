import { reportMetricCatalog, type ReportMetricId } from './reportMetricCatalog.ts';
import type { ReportField, ReportTemplateModel } from './normalizeReportTemplate.ts';

/** One computed number in the editor: every catalogue metric is listed, ticked or not. */
export type ReportMetricChoice = { id: ReportMetricId; on: boolean };

/**
 * The 日报 template as an admin edits it in 团队设置 → 日报模板, before 保存 publishes it as a new version.
 * Built-in sections stay in the list (switched off rather than removed); a removed custom field leaves the
 * list but lives on in the template's history, so past reports keep reading it.
 */
export type ReportTemplateDraft = {
  /** The saved version this draft started from: a newer one saved meanwhile (another admin) must not be overwritten blindly. */
  baseVersion: number;
  metrics: ReportMetricChoice[];
  sections: ReportField[];
  shortForm: boolean;
  /** The deadline as typed ('HH:MM' once checked). */
  deadline: string;
};

const catalogIndex = new Map(reportMetricCatalog.map((d, i) => [d.id, i]));
const rank = (id: ReportMetricId): number => catalogIndex.get(id) ?? 0;

/**
 * The template's metrics in its own order, with each one it leaves out slotted back next to its catalogue
 * neighbour (成交金额 after 成交签约), so switching a number off and on again puts it back where it was.
 */
const metricChoices = (shown: readonly ReportMetricId[]): ReportMetricChoice[] => {
  const list: ReportMetricChoice[] = shown.map((id) => ({ id, on: true }));
  for (const def of reportMetricCatalog) {
    if (shown.includes(def.id)) continue;
    const after = list.findLastIndex((m) => rank(m.id) < rank(def.id));
    list.splice(after + 1, 0, { id: def.id, on: false });
  }
  return list;
};

/** A fresh draft of the team's current template and deadline. */
export const reportTemplateDraft = (model: ReportTemplateModel, deadline: string): ReportTemplateDraft => ({
  baseVersion: model.version,
  metrics: metricChoices(model.metrics),
  sections: model.sections.map((s) => ({ ...s, options: [...s.options] })),
  shortForm: model.shortForm,
  deadline,
});

/** The form the draft shows reps: 'short' (今日3件事 + 1个客户进展) or 'long'. */
export const draftForm = (draft: Pick<ReportTemplateDraft, 'shortForm'>): 'short' | 'long' => (draft.shortForm ? 'short' : 'long');

/** True for a section the draft's form shows (custom fields show in both forms), switched on or not. */
export const inDraftForm = (draft: Pick<ReportTemplateDraft, 'shortForm'>, section: Pick<ReportField, 'form'>): boolean =>
  section.form === 'both' || section.form === draftForm(draft);

/** What the draft would publish (publishReportTemplate's content, fully typed): labels and options trimmed. */
export type ReportTemplateDraftContent = { metrics: ReportMetricId[]; sections: ReportField[]; shortForm: boolean };

export const draftContent = (draft: ReportTemplateDraft): ReportTemplateDraftContent => ({
  metrics: draft.metrics.filter((m) => m.on).map((m) => m.id),
  sections: draft.sections.map((s) => ({ ...s, label: s.label.trim(), options: s.options.map((o) => o.trim()).filter((o) => o !== '') })),
  shortForm: draft.shortForm,
});

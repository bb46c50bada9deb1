import type { ReportSectionKind } from '../db/schemas/teamSettingsSchema.ts';
import { reportMetricDef, type ReportMetricId } from './reportMetricCatalog.ts';
import type { ReportField, ReportTemplateModel } from './normalizeReportTemplate.ts';
import { inDraftForm, type ReportTemplateDraft } from './reportTemplateDraft.ts';

/*
 * Edits of a 日报 template draft (团队设置 → 日报模板). Each returns a new draft; nothing is written until
 * 保存 publishes it (saveReportTemplate.ts). Built-in sections are switched off, never removed; a custom
 * field removed here stays in the template's history, so reports that hold its value still read it.
 */

type Draft = ReportTemplateDraft;
export type Step = -1 | 1;

/** What an admin types to add a custom field to the report. */
export type NewReportField = { label: string; kind: ReportSectionKind; options: string[]; required: boolean };

const group = (id: ReportMetricId) => reportMetricDef(id)?.group;

export const setMetricShown = (draft: Draft, id: ReportMetricId, on: boolean): Draft => ({
  ...draft,
  metrics: draft.metrics.map((m) => (m.id === id ? { ...m, on } : m)),
});

/** Swaps `list[i]` with the nearest item in `step`'s direction that `fits`; unchanged at the end of the list. */
const swapWithNext = <T,>(list: readonly T[], i: number, step: Step, fits: (item: T) => boolean): T[] => {
  const next = [...list];
  let j = i + step;
  while (j >= 0 && j < list.length && !fits(list[j]!)) j += step;
  if (i < 0 || j < 0 || j >= list.length) return next;
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
};

/** Moves a number one place among its own group (销售推进 or 按跟进方式), the way the report lays them out. */
export const moveMetric = (draft: Draft, id: ReportMetricId, step: Step): Draft => {
  const i = draft.metrics.findIndex((m) => m.id === id);
  return { ...draft, metrics: swapWithNext(draft.metrics, i, step, (m) => group(m.id) === group(id)) };
};

const patchSection = (draft: Draft, id: string, patch: Partial<ReportField>): Draft => ({
  ...draft,
  sections: draft.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)),
});

export const setSectionEnabled = (draft: Draft, id: string, enabled: boolean): Draft => patchSection(draft, id, { enabled });
export const setSectionRequired = (draft: Draft, id: string, required: boolean): Draft => patchSection(draft, id, { required });
/** The label as typed; the check trims it and refuses an empty or taken one. */
export const renameSection = (draft: Draft, id: string, label: string): Draft => patchSection(draft, id, { label });
/** A choice field's options as typed (one per line in the form). */
export const setFieldOptions = (draft: Draft, id: string, options: string[]): Draft => patchSection(draft, id, { options: [...options] });

/** Moves a section one place among those the draft's form shows (the others keep their places). */
export const moveSection = (draft: Draft, id: string, step: Step): Draft => {
  const i = draft.sections.findIndex((s) => s.id === id);
  return { ...draft, sections: swapWithNext(draft.sections, i, step, (s) => inDraftForm(draft, s)) };
};

export const setShortForm = (draft: Draft, shortForm: boolean): Draft => ({ ...draft, shortForm });
export const setDeadline = (draft: Draft, deadline: string): Draft => ({ ...draft, deadline });

/** Appends a custom field (checked first with checkNewReportField), shown in both forms. */
export const addReportField = (draft: Draft, input: NewReportField, id: string): Draft => ({
  ...draft,
  sections: [
    ...draft.sections,
    {
      id,
      label: input.label.trim(),
      builtin: false,
      enabled: true,
      required: input.required,
      kind: input.kind,
      options: input.kind === 'choice' ? input.options.map((o) => o.trim()).filter((o) => o !== '') : [],
      form: 'both',
    },
  ],
});

/** Takes a custom field out of the draft; built-in sections can only be switched off. */
export const removeReportField = (draft: Draft, id: string): Draft => ({
  ...draft,
  sections: draft.sections.filter((s) => s.builtin || s.id !== id),
});

/** Puts a removed custom field back at the end, as its last published version had it. */
export const restoreReportField = (draft: Draft, field: ReportField): Draft =>
  draft.sections.some((s) => s.id === field.id) ? draft : { ...draft, sections: [...draft.sections, { ...field, options: [...field.options] }] };

/**
 * Custom fields some published version had that the draft no longer does, newest definition of each,
 * most recently dropped first: what 已移除 lists with 恢复.
 */
export const removedReportFields = (model: ReportTemplateModel, draft: Draft): ReportField[] => {
  const inDraft = new Set(draft.sections.map((s) => s.id));
  const latest = new Map<string, { field: ReportField; version: number }>();
  for (const version of [...model.history, model]) {
    for (const s of version.sections) if (!s.builtin && !inDraft.has(s.id)) latest.set(s.id, { field: s, version: version.version });
  }
  return [...latest.values()].sort((a, b) => b.version - a.version).map((e) => e.field);
};

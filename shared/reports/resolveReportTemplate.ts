import type { ReportMetricId } from './reportMetricCatalog.ts';
import type { ReportField, ReportTemplateModel, ReportTemplateVersionModel } from './normalizeReportTemplate.ts';

/**
 * What a report of one template version shows: its numbers and its typed sections, in order. `exact` is
 * false when that version is not known here (see below), so the page can say the layout is approximate.
 */
export type ResolvedReportTemplate = {
  version: number;
  exact: boolean;
  shortForm: boolean;
  metrics: ReportMetricId[];
  sections: ReportField[];
};

const pick = (model: ReportTemplateModel, version: number): { found: ReportTemplateVersionModel; exact: boolean } => {
  const all = [...model.history, model];
  const exact = all.find((v) => v.version === version);
  if (exact) return { found: exact, exact: true };
  // Newer than the current one: a teammate's template edit that has not synced to this desktop yet.
  if (version > model.version) return { found: model, exact: false };
  // Older than any kept: the closest earlier version, else the oldest known.
  const earlier = all.filter((v) => v.version < version).at(-1);
  return { found: earlier ?? all[0] ?? model, exact: false };
};

/** The layout of a report written against `version`, however the team's template has changed since. */
export const resolveReportTemplate = (model: ReportTemplateModel, version: number): ResolvedReportTemplate => {
  const { found, exact } = pick(model, version);
  const form = found.shortForm ? 'short' : 'long';
  return {
    version: found.version,
    exact,
    shortForm: found.shortForm,
    metrics: found.metrics,
    sections: found.sections.filter((s) => s.enabled && (s.form === 'both' || s.form === form)),
  };
};

import type { ReportTemplate, TeamSettingsDoc } from '../db/schemas/teamSettingsSchema.ts';
import { checkReportTemplateDraft, type ReportTemplateIssue } from './checkReportTemplateDraft.ts';
import { normalizeReportTemplate } from './normalizeReportTemplate.ts';
import { publishReportTemplate, type ReportTemplateContent } from './publishReportTemplate.ts';
import type { ReportTemplateDraft } from './reportTemplateDraft.ts';

type Stored = Pick<TeamSettingsDoc, 'reportTemplate' | 'reportDeadline'>;
export type ReportTemplatePatch = Partial<Pick<TeamSettingsDoc, 'reportTemplate' | 'reportDeadline'>>;

/**
 * What 保存 does: refused with the draft's problems; refused when another admin published a newer version
 * since the draft was opened (overwriting it would silently undo their change); nothing when nothing
 * changed; else one patch of the settings document — the template published as a new version (the old one
 * kept in history, so past reports read as written) and the deadline — for a single stamped write.
 */
export type ReportTemplateSave =
  | { kind: 'invalid'; issues: ReportTemplateIssue[] }
  | { kind: 'stale'; version: number }
  | { kind: 'unchanged' }
  | { kind: 'saved'; patch: ReportTemplatePatch; version: number };

const same = (a: ReportTemplateContent, b: ReportTemplateContent): boolean => JSON.stringify(a) === JSON.stringify(b);

export const saveReportTemplate = (stored: Stored, draft: ReportTemplateDraft): ReportTemplateSave => {
  const checked = checkReportTemplateDraft(draft);
  if (!checked.ok) return { kind: 'invalid', issues: checked.issues };
  // Compared as the app reads it, so a template stored by an older version (sections without kinds) is
  // not republished just because it is written out in full.
  const current = normalizeReportTemplate(stored.reportTemplate);
  if (current.version !== draft.baseVersion) return { kind: 'stale', version: current.version };
  const { content, deadline } = checked.value;
  const templateChanged = !same({ metrics: current.metrics, sections: current.sections, shortForm: current.shortForm }, content);
  const patch: ReportTemplatePatch = {};
  let template: ReportTemplate = stored.reportTemplate;
  if (templateChanged) {
    template = publishReportTemplate(stored.reportTemplate, content);
    patch.reportTemplate = template;
  }
  if (deadline !== stored.reportDeadline) patch.reportDeadline = deadline;
  if (!patch.reportTemplate && !patch.reportDeadline) return { kind: 'unchanged' };
  return { kind: 'saved', patch, version: template.version };
};

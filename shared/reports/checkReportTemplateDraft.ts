import { labelKey } from '../domain/customFieldDraft.ts';
import type { ReportField } from './normalizeReportTemplate.ts';
import { parseReportDeadline } from './parseReportDeadline.ts';
import type { ReportTemplateContent } from './publishReportTemplate.ts';
import { draftContent, inDraftForm, type ReportTemplateDraft } from './reportTemplateDraft.ts';
import type { NewReportField } from './reportTemplateEdits.ts';

/** Why a template draft cannot be saved; the renderer words each code in Chinese (reportTemplate.errors.<code>). */
export type ReportTemplateIssue =
  | { code: 'labelRequired' | 'labelTaken' | 'optionsRequired'; sectionId: string }
  | { code: 'labelTooLong'; sectionId: string; max: number }
  | { code: 'optionTooLong'; sectionId: string; option: string; max: number }
  | { code: 'optionDuplicate'; sectionId: string; option: string }
  | { code: 'tooManyOptions'; sectionId: string; max: number }
  | { code: 'nothingShown' }
  | { code: 'deadlineFormat' };

export type CheckedReportTemplate = { content: ReportTemplateContent; deadline: string };
export type ReportTemplateCheck = { ok: true; value: CheckedReportTemplate } | { ok: false; issues: ReportTemplateIssue[] };

/** The id a field being added carries in its issues, before it has one. */
export const NEW_FIELD_ID = 'new';

/** Labels as short as the custom fields' (the report page lays them out as headings); options as in the grid. */
export const reportTemplateLimits = { label: 20, option: 30, options: 20 } as const;

type FieldShape = Pick<ReportField, 'id' | 'label' | 'kind' | 'options'>;

/** One field's own problems: its label present and short enough, a choice with options, each distinct. */
const fieldIssues = ({ id, label, kind, options }: FieldShape): ReportTemplateIssue[] => {
  const issues: ReportTemplateIssue[] = [];
  const text = label.trim();
  if (text === '') issues.push({ code: 'labelRequired', sectionId: id });
  else if (text.length > reportTemplateLimits.label) issues.push({ code: 'labelTooLong', sectionId: id, max: reportTemplateLimits.label });
  if (kind !== 'choice') return issues;
  const list = options.map((o) => o.trim()).filter((o) => o !== '');
  if (list.length === 0) issues.push({ code: 'optionsRequired', sectionId: id });
  if (list.length > reportTemplateLimits.options) issues.push({ code: 'tooManyOptions', sectionId: id, max: reportTemplateLimits.options });
  const seen = new Set<string>();
  for (const option of list) {
    if (option.length > reportTemplateLimits.option) issues.push({ code: 'optionTooLong', sectionId: id, option, max: reportTemplateLimits.option });
    if (seen.has(labelKey(option))) issues.push({ code: 'optionDuplicate', sectionId: id, option });
    seen.add(labelKey(option));
  }
  return issues;
};

/** The sections a rep of this draft's form would see or could be shown by a switch: the ones the editor lists. */
const formSections = (draft: ReportTemplateDraft): ReportField[] => draft.sections.filter((s) => inDraftForm(draft, s));

/** A field about to be added: its own rules, and a label no section of the form has yet. */
export const checkNewReportField = (draft: ReportTemplateDraft, input: NewReportField): ReportTemplateIssue[] => {
  const issues = fieldIssues({ id: NEW_FIELD_ID, label: input.label, kind: input.kind, options: input.options });
  const key = labelKey(input.label);
  if (key !== '' && formSections(draft).some((s) => labelKey(s.label) === key)) issues.push({ code: 'labelTaken', sectionId: NEW_FIELD_ID });
  return issues;
};

/**
 * Checks a draft before it is published: every section of the chosen form (on or off) named, uniquely and
 * briefly; choice fields with options; at least one number or section left for reps; the deadline a time
 * of day. Sections of the other form are not checked: reps cannot see them, and they were checked when
 * that form was last saved.
 */
export const checkReportTemplateDraft = (draft: ReportTemplateDraft): ReportTemplateCheck => {
  const sections = formSections(draft);
  const issues: ReportTemplateIssue[] = sections.flatMap(fieldIssues);
  const seen = new Set<string>();
  for (const s of sections) {
    const key = labelKey(s.label);
    if (key !== '' && seen.has(key)) issues.push({ code: 'labelTaken', sectionId: s.id });
    seen.add(key);
  }
  if (!draft.metrics.some((m) => m.on) && !sections.some((s) => s.enabled)) issues.push({ code: 'nothingShown' });
  const deadline = parseReportDeadline(draft.deadline);
  if (deadline === null) issues.push({ code: 'deadlineFormat' });
  if (issues.length > 0 || deadline === null) return { ok: false, issues };
  return { ok: true, value: { content: draftContent(draft), deadline } };
};

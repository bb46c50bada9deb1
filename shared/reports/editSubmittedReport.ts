import { checkReportValues } from './checkReportValues.ts';
import type { DailyReportFields } from './dailyReportFields.ts';
import type { ReportField } from './normalizeReportTemplate.ts';
import type { ReportIssue } from './reportIssue.ts';

export type EditReportInput = {
  actorId: string;
  now: number;
  existing: DailyReportFields;
  /** The sections the report shows (its own template version's, reportSectionsShown). */
  fields: readonly ReportField[];
  values: Record<string, string>;
};

/** The patch to write (null when nothing changed), or why the edit is refused. */
export type EditReportResult = { ok: true; patch: Pick<DailyReportFields, 'sections' | 'edits'> | null } | { ok: false; issues: ReportIssue[] };

/**
 * A change to a submitted 日报 by its author. The report stays submitted with its first submittedAt,
 * lateMinutes and frozen numbers; the change is recorded in `edits` (who, when, which sections), so a
 * manager sees that, and what, the rep changed after the deadline.
 */
export const editSubmittedReport = (input: EditReportInput): EditReportResult => {
  const { existing } = input;
  if (input.actorId !== existing.memberId) return { ok: false, issues: [{ code: 'notOwner' }] };
  if (existing.status !== 'submitted') return { ok: false, issues: [{ code: 'notSubmitted' }] };
  const checked = checkReportValues(input.fields, { ...existing.sections, ...input.values });
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
  const order = [...input.fields.map((f) => f.id), ...Object.keys(checked.values).sort()];
  const changed = [...new Set(order)].filter((id) => (checked.values[id] ?? '') !== (existing.sections[id] ?? ''));
  if (changed.length === 0) return { ok: true, patch: null };
  return {
    ok: true,
    patch: { sections: checked.values, edits: [...existing.edits, { at: input.now, by: input.actorId, fields: changed }] },
  };
};

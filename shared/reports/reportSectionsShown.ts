import type { ReportField, ReportTemplateModel } from './normalizeReportTemplate.ts';
import type { ResolvedReportTemplate } from './resolveReportTemplate.ts';

/**
 * The sections to show for a report: its template's, then any other section the report holds text for (a
 * section switched off or removed since it was written), so nothing a rep wrote is ever hidden. Such a
 * section keeps the label of the newest version that knew it, and reads as plain, optional text.
 */
export const reportSectionsShown = (
  resolved: ResolvedReportTemplate,
  model: ReportTemplateModel,
  values: Readonly<Record<string, string>>,
): ReportField[] => {
  const shown = new Set(resolved.sections.map((s) => s.id));
  const known = new Map<string, ReportField>();
  for (const version of [...model.history, model]) for (const s of version.sections) known.set(s.id, s);
  const extra = Object.entries(values)
    .filter(([id, text]) => !shown.has(id) && text.trim() !== '')
    .map(([id]): ReportField => {
      const k = known.get(id);
      return { id, label: k?.label ?? id, builtin: k?.builtin ?? false, enabled: true, required: false, kind: 'text', options: [], form: 'both' };
    });
  return [...resolved.sections, ...extra];
};

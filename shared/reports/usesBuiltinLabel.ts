import { builtinReportSections } from './defaultReportTemplate.ts';
import type { ReportField } from './normalizeReportTemplate.ts';

const builtinLabels = new Map(builtinReportSections.map((s) => [s.id, s.label]));

/**
 * True when a built-in section still carries its built-in name, so the UI may show that name in the user's
 * language. Once an admin renames it (明日计划 → 明日重点), the admin's own words are shown instead.
 */
export const usesBuiltinLabel = (field: Pick<ReportField, 'id' | 'label' | 'builtin'>): boolean => {
  const builtin = builtinLabels.get(field.id);
  return field.builtin && builtin !== undefined && (field.label.trim() === '' || field.label.trim() === builtin);
};

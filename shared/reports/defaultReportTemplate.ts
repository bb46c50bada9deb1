import type { ReportSection, ReportTemplate } from '../db/schemas/teamSettingsSchema.ts';
import type { ReportMetricId } from './reportMetricCatalog.ts';

/**
 * The built-in 日报 sections (DOMAIN.md): the full form 遇到的问题 / 解决方案 / 明日计划, and the short form
 * 今日3件事 + 1个客户进展 a team may choose instead. Their ids are fixed; an admin may switch them on or off
 * and make them required, and adds custom fields beside them.
 */
export const builtinReportSections: readonly Required<ReportSection>[] = [
  { id: 'problems', label: '遇到的问题', builtin: true, enabled: true, required: false, kind: 'text', options: [], form: 'long' },
  { id: 'solutions', label: '解决方案', builtin: true, enabled: true, required: false, kind: 'text', options: [], form: 'long' },
  { id: 'tomorrowPlan', label: '明日计划', builtin: true, enabled: true, required: true, kind: 'text', options: [], form: 'long' },
  { id: 'threeThings', label: '今日3件事', builtin: true, enabled: true, required: true, kind: 'text', options: [], form: 'short' },
  { id: 'customerProgress', label: '1个客户进展', builtin: true, enabled: true, required: true, kind: 'text', options: [], form: 'short' },
];

const defaultMetrics: ReportMetricId[] = [
  'newLeads', 'firstContacts', 'needsConfirmed', 'quotes', 'negotiations', 'followUps', 'won', 'wonAmount', 'calls', 'visits', 'wechats', 'emails',
];

/** A new team's template, version 1: every computed number, the full form. */
export const defaultReportTemplate = (): ReportTemplate => ({
  version: 1,
  metrics: [...defaultMetrics],
  sections: builtinReportSections.map((s) => ({ ...s, options: [] })),
  shortForm: false,
});

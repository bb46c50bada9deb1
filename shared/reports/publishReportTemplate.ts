import type { ReportTemplate, ReportTemplateVersion } from '../db/schemas/teamSettingsSchema.ts';

export type ReportTemplateContent = Omit<ReportTemplateVersion, 'version'>;

const content = ({ metrics, sections, shortForm }: ReportTemplateVersion): ReportTemplateContent => ({ metrics, sections, shortForm });

/**
 * The template after an admin's change: a new version number, the replaced version kept in `history`.
 * Reports keep the version they were written against, so they read as before. An unchanged template
 * returns as it is (no empty versions).
 */
export const publishReportTemplate = (current: ReportTemplate, next: ReportTemplateContent): ReportTemplate => {
  if (JSON.stringify(content(current)) === JSON.stringify(content({ version: 0, ...next }))) return current;
  const history = current.history ?? [];
  const newest = Math.max(current.version, ...history.map((v) => v.version));
  return {
    version: newest + 1,
    metrics: [...next.metrics],
    sections: next.sections.map((s) => ({ ...s })),
    shortForm: next.shortForm,
    history: [...history, { version: current.version, ...content(current) }],
  };
};

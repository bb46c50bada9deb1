import { useCallback, useMemo, useState } from 'react';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { normalizeReportTemplate, type ReportTemplateModel } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { reportTemplateDraft, type ReportTemplateDraft } from '../../../../../shared/reports/reportTemplateDraft.ts';

export type ReportTemplateDraftState = {
  /** The team's template as stored, every version. */
  model: ReportTemplateModel;
  /** What the editor shows: the admin's edits, or the saved template while there are none. */
  draft: ReportTemplateDraft;
  /** True when the draft differs from what is saved. */
  dirty: boolean;
  apply: (change: (draft: ReportTemplateDraft) => ReportTemplateDraft) => void;
  /** Drops the edits: the editor follows the saved template again (after a save, or to load another admin's). */
  discard: () => void;
};

const sameContent = (a: ReportTemplateDraft, b: ReportTemplateDraft) => JSON.stringify({ ...a, baseVersion: 0 }) === JSON.stringify({ ...b, baseVersion: 0 });

/**
 * The template being edited, kept on the screen until 保存: each save publishes a version, so changes
 * collect here rather than being written one by one. With no edits the editor follows the stored
 * template live (another admin's save shows at once); with edits it keeps them, and the save refuses to
 * overwrite a version published meanwhile.
 */
export const useReportTemplateDraft = (settings: TeamSettingsDoc): ReportTemplateDraftState => {
  const model = useMemo(() => normalizeReportTemplate(settings.reportTemplate), [settings.reportTemplate]);
  const saved = useMemo(() => reportTemplateDraft(model, settings.reportDeadline), [model, settings.reportDeadline]);
  const [edited, setEdited] = useState<ReportTemplateDraft | null>(null);
  const apply = useCallback((change: (draft: ReportTemplateDraft) => ReportTemplateDraft) => setEdited((prev) => change(prev ?? saved)), [saved]);
  const discard = useCallback(() => setEdited(null), []);
  const draft = edited ?? saved;
  return { model, draft, dirty: edited !== null && !sameContent(edited, saved), apply, discard };
};

import { useCallback, useMemo, useState } from 'react';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { normalizeWeeklyTemplate, type WeeklyTemplateModel } from '../../../../../shared/weekly/normalizeWeeklyTemplate.ts';
import { weeklyTemplateDraft, type WeeklyTemplateDraft } from '../../../../../shared/weekly/weeklyTemplateDraft.ts';

export type WeeklyTemplateDraftState = {
  model: WeeklyTemplateModel;
  draft: WeeklyTemplateDraft;
  dirty: boolean;
  apply: (change: (draft: WeeklyTemplateDraft) => WeeklyTemplateDraft) => void;
  discard: () => void;
};

const sameContent = (a: WeeklyTemplateDraft, b: WeeklyTemplateDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The 周报模板 being edited, kept on screen until 保存 (as the 日报模板 panel does): with no edits it follows
 * the stored template live, so another admin's save shows at once; with edits it keeps them, and the save
 * refuses to write over a template saved meanwhile.
 */
export const useWeeklyTemplateDraft = (settings: TeamSettingsDoc): WeeklyTemplateDraftState => {
  const model = useMemo(() => normalizeWeeklyTemplate(settings.weeklyTemplate), [settings.weeklyTemplate]);
  const saved = useMemo(() => weeklyTemplateDraft(model), [model]);
  const [edited, setEdited] = useState<WeeklyTemplateDraft | null>(null);
  const apply = useCallback((change: (draft: WeeklyTemplateDraft) => WeeklyTemplateDraft) => setEdited((prev) => change(prev ?? saved)), [saved]);
  const discard = useCallback(() => setEdited(null), []);
  const draft = edited ?? saved;
  return { model, draft, dirty: edited !== null && !sameContent(edited, saved), apply, discard };
};

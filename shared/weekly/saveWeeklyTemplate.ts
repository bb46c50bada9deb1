import type { TeamSettingsDoc, WeeklyTemplate } from '../db/schemas/teamSettingsSchema.ts';
import { checkWeeklyTemplateDraft, type WeeklyTemplateIssue } from './checkWeeklyTemplateDraft.ts';
import { normalizeWeeklyTemplate } from './normalizeWeeklyTemplate.ts';
import { weeklyTemplateKey, type WeeklyTemplateDraft } from './weeklyTemplateDraft.ts';

/**
 * What 保存 does with a 周报模板 draft, decided on the settings as stored at that moment: refused with the
 * draft's problems; refused when another admin saved a different template since the draft was opened
 * (writing over it would silently undo their change); nothing when nothing changed; else the patch for
 * one stamped write. Parts of the stored template this version does not know are kept as they are.
 */
export type WeeklyTemplateSave =
  | { kind: 'invalid'; issues: WeeklyTemplateIssue[] }
  | { kind: 'stale' }
  | { kind: 'unchanged' }
  | { kind: 'saved'; patch: { weeklyTemplate: WeeklyTemplate } };

export const saveWeeklyTemplate = (stored: Pick<TeamSettingsDoc, 'weeklyTemplate'>, draft: WeeklyTemplateDraft): WeeklyTemplateSave => {
  const checked = checkWeeklyTemplateDraft(draft);
  if (!checked.ok) return { kind: 'invalid', issues: checked.issues };
  const current = weeklyTemplateKey(normalizeWeeklyTemplate(stored.weeklyTemplate));
  if (current !== draft.base) return { kind: 'stale' };
  if (weeklyTemplateKey(checked.value) === current) return { kind: 'unchanged' };
  const raw = typeof stored.weeklyTemplate === 'object' && stored.weeklyTemplate !== null ? stored.weeklyTemplate : ({} as WeeklyTemplate);
  return { kind: 'saved', patch: { weeklyTemplate: { ...raw, ...checked.value } } };
};

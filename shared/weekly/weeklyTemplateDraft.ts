import type { WeeklyTemplateModel } from './normalizeWeeklyTemplate.ts';
import { weeklyKpiIds, type WeeklyKpiId, type WeeklyTargetKpi } from './weeklyKpis.ts';
import type { WeeklySectionId } from './weeklySectionIds.ts';

/** One KPI column in the editor: every known column is listed, ticked or not. */
export type WeeklyKpiChoice = { id: WeeklyKpiId; on: boolean };

/**
 * The 周报模板 as an admin edits it in 团队设置 → 周报模板, before 保存 writes it: the columns, what 目标 is
 * set in, each member's target as typed (15万, 150000, ¥150,000; '' for none) and the section titles.
 */
export type WeeklyTemplateDraft = {
  /** The saved template this draft started from (JSON): another admin's save meanwhile must not be overwritten blindly. */
  base: string;
  kpis: WeeklyKpiChoice[];
  targetKpi: WeeklyTargetKpi;
  targets: Record<string, string>;
  sectionTitles: Record<WeeklySectionId, string>;
};

/** A target as the editor shows it: plain digits, so it reads back exactly (150000, 2.5). */
export const targetText = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** The saved template as the stale check compares it. */
export const weeklyTemplateKey = (model: WeeklyTemplateModel): string => JSON.stringify(model);

/** A fresh draft of the team's saved template: its columns first in its order, the others after, unticked. */
export const weeklyTemplateDraft = (model: WeeklyTemplateModel): WeeklyTemplateDraft => ({
  base: weeklyTemplateKey(model),
  kpis: [...model.kpis.map((id) => ({ id, on: true })), ...weeklyKpiIds.filter((id) => !model.kpis.includes(id)).map((id) => ({ id, on: false }))],
  targetKpi: model.targetKpi,
  targets: Object.fromEntries(Object.entries(model.targets).map(([id, value]) => [id, targetText(value)])),
  sectionTitles: { ...model.sectionTitles },
});

export const setKpiShown = (draft: WeeklyTemplateDraft, id: WeeklyKpiId, on: boolean): WeeklyTemplateDraft => ({
  ...draft,
  kpis: draft.kpis.map((k) => (k.id === id ? { ...k, on } : k)),
});

/** Moves a column one place up (-1) or down (1); unchanged at either end. */
export const moveKpi = (draft: WeeklyTemplateDraft, id: WeeklyKpiId, step: -1 | 1): WeeklyTemplateDraft => {
  const i = draft.kpis.findIndex((k) => k.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= draft.kpis.length) return draft;
  const kpis = [...draft.kpis];
  [kpis[i], kpis[j]] = [kpis[j] as WeeklyKpiChoice, kpis[i] as WeeklyKpiChoice];
  return { ...draft, kpis };
};

export const setTargetKpi = (draft: WeeklyTemplateDraft, targetKpi: WeeklyTargetKpi): WeeklyTemplateDraft => ({ ...draft, targetKpi });

export const setTarget = (draft: WeeklyTemplateDraft, memberId: string, text: string): WeeklyTemplateDraft => ({
  ...draft,
  targets: { ...draft.targets, [memberId]: text },
});

export const setSectionTitle = (draft: WeeklyTemplateDraft, id: WeeklySectionId, text: string): WeeklyTemplateDraft => ({
  ...draft,
  sectionTitles: { ...draft.sectionTitles, [id]: text },
});

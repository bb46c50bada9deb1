import { parseNumberText } from '../grid/parseNumberText.ts';
import { WEEKLY_TITLE_MAX, type WeeklyTemplateModel } from './normalizeWeeklyTemplate.ts';
import { weeklySectionIds, type WeeklySectionId } from './weeklySectionIds.ts';
import type { WeeklyTemplateDraft } from './weeklyTemplateDraft.ts';

/** Why a draft cannot be saved; the renderer words each code in Chinese (weeklyTemplate.errors.<code>). */
export type WeeklyTemplateIssue =
  | { code: 'noKpi' }
  | { code: 'targetNotNumber'; memberId: string; text: string }
  | { code: 'targetNegative' | 'targetNotWhole' | 'targetTooLarge'; memberId: string }
  | { code: 'titleRequired'; sectionId: WeeklySectionId }
  | { code: 'titleTooLong'; sectionId: WeeklySectionId; max: number };

export type WeeklyTemplateCheck = { ok: true; value: WeeklyTemplateModel } | { ok: false; issues: WeeklyTemplateIssue[] };

/** A weekly target beyond this (a trillion yuan) is a typing slip, not a plan. */
const MAX_TARGET = 1e12;

const targetIssue = (memberId: string, text: string, whole: boolean): WeeklyTemplateIssue | number | null => {
  if (text.trim() === '') return null;
  const value = parseNumberText(text);
  if (value === null) return { code: 'targetNotNumber', memberId, text: text.trim() };
  if (value < 0) return { code: 'targetNegative', memberId };
  if (value > MAX_TARGET) return { code: 'targetTooLarge', memberId };
  // Counts are whole; money keeps cents (1.5万 is 15000, ¥1,000.50 is 1000.5).
  if (whole && !Number.isInteger(value)) return { code: 'targetNotWhole', memberId };
  return whole ? value : Math.round(value * 100) / 100;
};

/**
 * The draft as the template it would save, or every reason it cannot be: no column ticked, a target that
 * is not a number (万 and ¥ are understood, as in the grid), negative, fractional for a count, absurdly
 * large, or a section title empty or too long. An empty target or a target of 0 means "no target".
 */
export const checkWeeklyTemplateDraft = (draft: WeeklyTemplateDraft): WeeklyTemplateCheck => {
  const issues: WeeklyTemplateIssue[] = [];
  const kpis = draft.kpis.filter((k) => k.on).map((k) => k.id);
  if (kpis.length === 0) issues.push({ code: 'noKpi' });
  const targets: Record<string, number> = {};
  for (const [memberId, text] of Object.entries(draft.targets)) {
    const checked = targetIssue(memberId, text, draft.targetKpi !== 'amount');
    if (typeof checked === 'number') {
      if (checked > 0) targets[memberId] = checked;
    } else if (checked) issues.push(checked);
  }
  const sectionTitles = {} as Record<WeeklySectionId, string>;
  for (const id of weeklySectionIds) {
    const title = (draft.sectionTitles[id] ?? '').trim();
    if (title === '') issues.push({ code: 'titleRequired', sectionId: id });
    else if ([...title].length > WEEKLY_TITLE_MAX) issues.push({ code: 'titleTooLong', sectionId: id, max: WEEKLY_TITLE_MAX });
    sectionTitles[id] = title;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { kpis, sectionTitles, targets, targetKpi: draft.targetKpi } };
};

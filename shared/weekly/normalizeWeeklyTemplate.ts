import { z } from 'zod';
import { defaultWeeklySectionTitles, weeklySectionIds, type WeeklySectionId } from './weeklySectionIds.ts';
import { isWeeklyKpiId, weeklyKpiIds, type WeeklyKpiId, type WeeklyTargetKpi } from './weeklyKpis.ts';

/** The team's 周报模板 as the app reads it: every part present and valid. */
export type WeeklyTemplateModel = {
  kpis: WeeklyKpiId[];
  sectionTitles: Record<WeeklySectionId, string>;
  /** 目标 per member id, in the unit of `targetKpi` (yuan by default); a rep without one shows "—". */
  targets: Record<string, number>;
  targetKpi: WeeklyTargetKpi;
};

/** Longest section title the sheet lays out as a column header. */
export const WEEKLY_TITLE_MAX = 20;

// Lenient on purpose, as normalizeReportTemplate: the settings document syncs between app versions, and a
// part this version does not understand must fall back to its default, never break the report.
const storedSchema = z.object({
  kpis: z.array(z.string()).catch([...weeklyKpiIds]),
  sectionTitles: z.record(z.string(), z.unknown()).catch({}),
  targets: z.record(z.string(), z.unknown()).catch({}),
  targetKpi: z.enum(['amount', 'won', 'followUps', 'quotes', 'newCustomers']).catch('amount'),
});

const title = (raw: unknown, id: WeeklySectionId): string => {
  const text = typeof raw === 'string' ? raw.trim() : '';
  return text === '' || text.length > WEEKLY_TITLE_MAX ? defaultWeeklySectionTitles[id] : text;
};

/** Any stored `weeklyTemplate` (older, newer, hand-edited or absent) as a complete model. */
export const normalizeWeeklyTemplate = (raw: unknown): WeeklyTemplateModel => {
  const parsed = storedSchema.safeParse(raw ?? {});
  const stored = parsed.success ? parsed.data : storedSchema.parse({});
  const kpis = [...new Set(stored.kpis)].filter(isWeeklyKpiId);
  const targets: Record<string, number> = {};
  for (const [memberId, value] of Object.entries(stored.targets)) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) targets[memberId] = value;
  }
  return {
    // A template that names no column this version knows would print an empty table: show the defaults.
    kpis: kpis.length > 0 ? kpis : [...weeklyKpiIds],
    sectionTitles: Object.fromEntries(weeklySectionIds.map((id) => [id, title(stored.sectionTitles[id], id)])) as Record<WeeklySectionId, string>,
    targets,
    targetKpi: stored.targetKpi,
  };
};

import { z } from 'zod';
import type { ReportSection, ReportTemplateVersion } from '../db/schemas/teamSettingsSchema.ts';
import { builtinReportSections, defaultReportTemplate } from './defaultReportTemplate.ts';
import { reportMetricDef, type ReportMetricId } from './reportMetricCatalog.ts';

/** A section with every property known: what the report page and the submit checks work with. */
export type ReportField = Required<ReportSection>;
export type ReportTemplateVersionModel = { version: number; metrics: ReportMetricId[]; sections: ReportField[]; shortForm: boolean };
/** The team's template as the app reads it: the current version and the earlier ones, oldest first. */
export type ReportTemplateModel = ReportTemplateVersionModel & { history: ReportTemplateVersionModel[] };

const builtinById = new Map(builtinReportSections.map((s) => [s.id, s]));

// Lenient on purpose: the settings document syncs between app versions, and a field this version does not
// understand must degrade to something readable, never hide a report.
const sectionSchema = z.object({
  id: z.string().min(1).max(40),
  label: z.string().max(40).optional().catch(undefined),
  enabled: z.boolean().catch(true),
  required: z.boolean().catch(false),
  kind: z.enum(['text', 'number', 'choice']).catch('text'),
  options: z.array(z.string().trim().min(1).max(30)).catch([]),
  form: z.enum(['long', 'short', 'both']).optional().catch(undefined),
});

const versionSchema = z.object({
  version: z.number().int().min(0).catch(1),
  metrics: z.array(z.string()).catch([]),
  sections: z.array(z.unknown()).catch([]),
  shortForm: z.boolean().catch(false),
});

const toField = (raw: unknown): ReportField | null => {
  const parsed = sectionSchema.safeParse(raw);
  if (!parsed.success) return null;
  const s = parsed.data;
  const builtin = builtinById.get(s.id);
  // A choice with nothing to choose from cannot be answered: read it as text rather than block every submit.
  const kind = s.kind === 'choice' && s.options.length === 0 ? 'text' : s.kind;
  return {
    id: s.id,
    label: s.label?.trim() || builtin?.label || s.id,
    builtin: builtin !== undefined,
    enabled: s.enabled,
    required: s.required,
    kind: builtin ? 'text' : kind,
    options: kind === 'choice' && !builtin ? [...new Set(s.options)] : [],
    form: builtin ? builtin.form : (s.form ?? 'both'),
  };
};

const toVersion = (raw: unknown): ReportTemplateVersionModel | null => {
  const parsed = versionSchema.safeParse(raw);
  if (!parsed.success) return null;
  const seen = new Set<string>();
  const sections = parsed.data.sections.flatMap((r) => {
    const field = toField(r);
    if (!field || seen.has(field.id)) return [];
    seen.add(field.id);
    return [field];
  });
  // Templates saved before a built-in section existed (the short form came later) get it with its defaults.
  for (const b of builtinReportSections) if (!seen.has(b.id)) sections.push({ ...b, options: [] });
  const metrics = [...new Set(parsed.data.metrics)].filter((id): id is ReportMetricId => reportMetricDef(id) !== undefined);
  return { version: parsed.data.version, metrics, sections, shortForm: parsed.data.shortForm };
};

/**
 * The stored `reportTemplate` (any shape a past or future app version wrote) as a complete model: unknown
 * metric ids dropped, missing section properties filled, duplicate ids and versions kept once.
 */
export const normalizeReportTemplate = (raw: unknown): ReportTemplateModel => {
  const current = toVersion(raw) ?? (toVersion(defaultReportTemplate()) as ReportTemplateVersionModel);
  const rawHistory = (raw as { history?: unknown } | null)?.history;
  const versions = new Map<number, ReportTemplateVersionModel>();
  for (const entry of Array.isArray(rawHistory) ? (rawHistory as ReportTemplateVersion[]) : []) {
    const version = toVersion(entry);
    if (version && version.version !== current.version) versions.set(version.version, version);
  }
  const history = [...versions.values()].sort((a, b) => a.version - b.version);
  return { ...current, history };
};

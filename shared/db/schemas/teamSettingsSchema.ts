import type { RxJsonSchema } from 'rxdb';
import type { OptionLists } from '../../domain/options.ts';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';

export type CustomFieldType = 'text' | 'number' | 'date' | 'select' | 'multiselect' | 'member';
export type CustomFieldDef = {
  id: string;
  label: string;
  type: CustomFieldType;
  target: 'followUp' | 'customer';
  options: string[];
  order: number;
  archived: boolean;
};

/** A row-commit rule: when `field` has one of `values` (or always, if empty), `requires` must be filled. */
export type ValidationRule = {
  id: string;
  field: string;
  values: string[];
  requires: string[];
  message: string;
  enabled: boolean;
};

/** What a rep types into a 日报 field: free text, a number, or one of `options`. */
export type ReportSectionKind = 'text' | 'number' | 'choice';
/** Which form shows a section: the full one, the short one (今日3件事 + 1个客户进展), or both. */
export type ReportSectionForm = 'long' | 'short' | 'both';
/**
 * A typed section of the 日报. `kind`, `options` and `form` came after the first teams were created, so a
 * stored section may lack them; shared/reports/normalizeReportTemplate.ts fills them in.
 */
export type ReportSection = {
  id: string;
  label: string;
  builtin: boolean;
  enabled: boolean;
  required: boolean;
  kind?: ReportSectionKind;
  options?: string[];
  form?: ReportSectionForm;
};
/** One published version of the 日报 template. */
export type ReportTemplateVersion = { version: number; metrics: string[]; sections: ReportSection[]; shortForm: boolean };
/**
 * The current template, and every earlier version (oldest first) so a past report always reads as it was
 * written: a report keeps its `templateVersion` (shared/reports/publishReportTemplate.ts bumps both).
 */
export type ReportTemplate = ReportTemplateVersion & { history?: ReportTemplateVersion[] };
/**
 * 周报模板: which KPI columns in what order, the section titles, and 目标 per member (in `targetKpi`'s unit,
 * yuan by default). `targets` and `targetKpi` came later, so a stored template may lack them; the JSON schema
 * keeps this a loose object and shared/weekly/normalizeWeeklyTemplate.ts reads any shape leniently.
 */
export type WeeklyTemplate = { kpis: string[]; sectionTitles: Record<string, string>; targets?: Record<string, number>; targetKpi?: string };

/** The single team-wide settings document (id 'team'). */
export type TeamSettingsDoc = SyncMeta & {
  id: string;
  teamName: string;
  company: string;
  department: string;
  /** The team's fixed UTC offset in minutes (China: 480), so "today" means the same day on every desktop. */
  utcOffsetMinutes: number;
  /** Daily report deadline, 'HH:MM' local time. */
  reportDeadline: string;
  options: OptionLists;
  customFields: CustomFieldDef[];
  validationRules: ValidationRule[];
  reportTemplate: ReportTemplate;
  weeklyTemplate: WeeklyTemplate;
  /** 销售只看自己的客户. */
  repsSeeOwnOnly: boolean;
  /** When the manager's desktop prepares last week's 周报: weekday (1 = Monday) and 'HH:MM'. */
  weeklySummaryAt: { weekday: number; time: string };
};

export const TEAM_SETTINGS_ID = 'team';

const optionList = { type: 'array', items: { type: 'object' } } as const;

export const teamSettingsSchema: RxJsonSchema<TeamSettingsDoc> = {
  title: 'team settings',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 20 },
    teamName: { type: 'string', maxLength: 60 },
    company: { type: 'string', maxLength: 200 },
    department: { type: 'string', maxLength: 60 },
    utcOffsetMinutes: { type: 'number', minimum: -720, maximum: 840 },
    reportDeadline: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    options: {
      type: 'object',
      properties: {
        methods: optionList,
        stages: optionList,
        statuses: optionList,
        sources: optionList,
        industries: optionList,
      },
      required: ['methods', 'stages', 'statuses', 'sources', 'industries'],
    },
    customFields: { type: 'array', items: { type: 'object' } },
    validationRules: { type: 'array', items: { type: 'object' } },
    reportTemplate: { type: 'object' },
    weeklyTemplate: { type: 'object' },
    repsSeeOwnOnly: { type: 'boolean' },
    weeklySummaryAt: {
      type: 'object',
      properties: { weekday: { type: 'number', minimum: 0, maximum: 6 }, time: { type: 'string' } },
    },
    ...syncMetaProperties,
  },
  required: ['id', 'teamName', 'utcOffsetMinutes', 'reportDeadline', 'options', ...syncMetaRequired],
};

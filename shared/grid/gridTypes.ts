import type { CustomValue } from '../db/schemas/fieldTypes.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { OptionLists } from '../domain/options.ts';

/** A follow-up as the grid holds it in memory: the stored document, plain JSON. */
export type GridRow = FollowUpDoc;

/**
 * What any grid's row has (a follow-up, a customer): sorting, filters, quick search and cell text
 * need no more. Other fields are read by column id; a contact column reads the row's `customerId`.
 */
export type GridRecord = Pick<SyncMeta, 'trashed' | 'conflicts'> & { id: string; custom: Record<string, CustomValue>; customerId?: string };

/**
 * How a column's value is typed, edited, parsed from pasted text and compared:
 * text/longText free text; instant epoch ms (跟进时间); date 'YYYY-MM-DD'; option one id of a team list;
 * multiOption several ids; member a member id; customer a customer id; contact a contact id of the
 * row's customer; number a plain number (¥ amounts).
 */
export type ColumnKind = 'text' | 'longText' | 'instant' | 'date' | 'option' | 'multiOption' | 'member' | 'customer' | 'contact' | 'number';

/** Which team option list an option column draws from. */
export type OptionListName = keyof OptionLists;

/** One grid column: built-in field (`summary`) or team custom field (`custom.<id>`). */
export type GridColumn = {
  id: string;
  kind: ColumnKind;
  /** zh-CN header; the renderer translates built-in ones by `labelKey`. */
  label: string;
  labelKey?: string;
  optionList?: OptionListName;
  /** Options of a custom select field (its labels are its values). */
  customOptions?: string[];
  width: number;
  /** Required on every row (the grid refuses to commit an empty value). */
  required?: boolean;
  readOnly?: boolean;
  /** The stored field's length limit (a customer's 简称: 60), when tighter than text's usual one. */
  maxLength?: number;
};

/** What turns ids into the words people see, and back. */
export type GridLookups = {
  customers: ReadonlyMap<string, { name: string; stage: string; contacts: readonly { id: string; name: string }[] }>;
  members: ReadonlyMap<string, { name: string }>;
  options: OptionLists;
  customFields: readonly CustomFieldDef[];
  /** The team's UTC offset in minutes, for 跟进时间 and "today". */
  utcOffsetMinutes: number;
};

export type SortSpec = { column: string; desc: boolean };

export type DatePreset = 'today' | 'yesterday' | 'thisWeek' | 'lastWeek' | 'thisMonth' | 'lastMonth' | 'before' | 'after' | 'between';

export type ColumnFilter =
  | { column: string; kind: 'contains'; text: string }
  | { column: string; kind: 'in'; values: string[] }
  | { column: string; kind: 'empty'; empty: boolean }
  | { column: string; kind: 'date'; preset: DatePreset; from?: CalendarDate; to?: CalendarDate }
  | { column: string; kind: 'number'; min?: number; max?: number };

export type GroupBy = 'ownerId' | 'stage' | 'status' | 'customerId';

/** Built-in views (DOMAIN.md definitions). */
export type BuiltInViewId = 'all' | 'mine' | 'dueToday' | 'overdue' | 'newThisWeek' | 'stalled7' | 'trash';

/** Everything a saved view remembers. */
export type ViewState = {
  base: BuiltInViewId;
  filters: ColumnFilter[];
  sort: SortSpec[];
  search: string;
  groupBy: GroupBy | null;
  columns: { order: string[]; hidden: string[]; widths: Record<string, number>; frozen: number };
};

/** Who is looking and when: views like 我的跟进 and 今日待跟进 depend on it. */
export type ViewContext = { memberId: string; today: CalendarDate; now: number };

import type { CalendarDate } from '../domain/calendarDate.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import type { OptionItem } from '../domain/options.ts';
import type { ColumnKind, GridColumn, GridLookups, GridRecord } from './gridTypes.ts';
import { matchKey } from './matchKey.ts';
import { matchMember } from './matchMember.ts';
import { matchOption } from './matchOption.ts';
import { optionSynonyms } from './optionSynonyms.ts';
import { parseDateText } from './parseDateText.ts';
import { parseDateTimeText } from './parseDateTimeText.ts';
import { parseNumberText } from './parseNumberText.ts';

/** A cell's new stored value (undefined clears it), or why the text cannot be one, in words for the user. */
export type ParsedCell = { ok: true; value: unknown } | { ok: false; message: string };

type Context = { column: GridColumn; lookups: GridLookups; row: GridRecord | null; today: CalendarDate };
type KindParser = (text: string, ctx: Context) => ParsedCell;

const ok = (value: unknown): ParsedCell => ({ ok: true, value });
const fail = (message: string): ParsedCell => ({ ok: false, message });

/** The text as quoted back in a message; a pasted paragraph is shortened so the message stays readable. */
const quoted = (text: string): string => `「${text.length > 30 ? `${text.slice(0, 30)}…` : text}」`;

/** Schema limits: summary/remark 20000; nextAction 2000, and the same for custom text fields, which have none. */
const textLimit = (column: GridColumn): number => column.maxLength ?? (column.kind === 'longText' ? 20_000 : 2_000);
const AMOUNT_MAX = 1e13; // amountField's maximum

/** Cut to `max` UTF-16 units without leaving half of a surrogate pair (emoji) at the end. */
const capText = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};

const parseText: KindParser = (text, { column }) => ok(capText(text, textLimit(column)));

const parseInstant: KindParser = (text, { lookups, today }) => {
  const ms = parseDateTimeText(text, today, lookups.utcOffsetMinutes);
  if (ms === null) return fail(`无法识别时间${quoted(text)}，请写成 2024-06-10 14:30 或 2024/6/10 下午2:30`);
  // Instants are stored as non-negative epoch ms; a 1900s time is a typo or a stray Excel number.
  return ms < 0 ? fail(`时间${quoted(text)}早于 1970 年，请检查年份`) : ok(ms);
};

const parseDate: KindParser = (text, { today }) => {
  const date = parseDateText(text, today);
  return date === null ? fail(`无法识别日期${quoted(text)}，请写成 2024-06-10 或 2024/6/10`) : ok(date);
};

const parseNumber: KindParser = (text, { column }) => {
  const value = parseNumberText(text);
  if (value === null) return fail(`无法识别数字${quoted(text)}，请写成 12000、12,000 或 1.2万`);
  if (value < 0) return fail(`${column.label}不能为负数${quoted(text)}，请填写 0 或更大的数`);
  if (value > AMOUNT_MAX) return fail(`数字${quoted(text)}太大，请检查是否多写了几位`);
  return ok(value);
};

/** A column's options: a team list (with synonyms) or a custom select's labels, which are their own ids. */
const choicesOf = (column: GridColumn, lookups: GridLookups): { list: readonly OptionItem[]; synonyms: Readonly<Record<string, readonly string[]>> } =>
  column.optionList
    ? { list: lookups.options[column.optionList], synonyms: optionSynonyms }
    : { list: (column.customOptions ?? []).map((label) => ({ id: label, label, builtin: false, archived: false })), synonyms: {} };

/** 「打球」不是跟进方式的选项，可选：电话、微信… — names the live options so the user can pick one. */
const notAnOption = (text: string, column: GridColumn, list: readonly OptionItem[]): ParsedCell => {
  const labels = list.filter((o) => !o.archived).map((o) => o.label);
  if (labels.length === 0) return fail(`${column.label}还没有选项，请先在团队设置中添加`);
  const shown = labels.length > 8 ? `${labels.slice(0, 8).join('、')}…` : labels.join('、');
  return fail(`${quoted(text)}不是${column.label}的选项，可选：${shown}`);
};

const parseOption: KindParser = (text, { column, lookups }) => {
  const { list, synonyms } = choicesOf(column, lookups);
  const id = matchOption(text, list, synonyms);
  return id === null ? notAnOption(text, column, list) : ok(id);
};

/** 电话、微信 / 电话,微信 / 电话；微信 …, unless the whole text is one option (a label may contain "/"). */
const MULTI_SEPARATOR = /[、,，;；/\n]/;

const parseMultiOption: KindParser = (text, { column, lookups }) => {
  const { list, synonyms } = choicesOf(column, lookups);
  const whole = matchOption(text, list, synonyms);
  if (whole !== null) return ok([whole]);
  const ids: string[] = [];
  for (const part of text.split(MULTI_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')) {
    const id = matchOption(part, list, synonyms);
    if (id === null) return notAnOption(part, column, list);
    if (!ids.includes(id)) ids.push(id);
  }
  return ok(ids);
};

const parseMember: KindParser = (text, { lookups }) => {
  const id = matchMember(text, lookups.members);
  return id === null ? fail(`找不到成员${quoted(text)}，请先在团队设置中添加`) : ok(id);
};

type CustomerIndex = { exact: Map<string, string[]>; loose: Map<string, string[]> };

/** Built once per customers map: a paste of hundreds of rows must not rescan thousands of names per cell. */
const customerIndexes = new WeakMap<GridLookups['customers'], CustomerIndex>();

const customerIndex = (customers: GridLookups['customers']): CustomerIndex => {
  const cached = customerIndexes.get(customers);
  if (cached) return cached;
  const index: CustomerIndex = { exact: new Map(), loose: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  for (const [id, c] of customers) {
    add(index.exact, matchKey(c.name), id);
    add(index.loose, customerNameKey(c.name), id);
  }
  customerIndexes.set(customers, index);
  return index;
};

/**
 * Exact name (width, spaces and case aside) first; failing that, the duplicate-detection key, so
 * 恒瑞精密（苏州）有限公司 finds 恒瑞精密(苏州) — but only when that picks out a single customer.
 */
const parseCustomer: KindParser = (text, { lookups }) => {
  const index = customerIndex(lookups.customers);
  const looseKey = customerNameKey(text);
  const ids = index.exact.get(matchKey(text)) ?? (looseKey === '' ? undefined : index.loose.get(looseKey)) ?? [];
  if (ids.length > 1) return fail(`有 ${ids.length} 个客户都叫${quoted(text)}，请从列表中选择`);
  return ids[0] === undefined ? fail(`找不到客户${quoted(text)}，请先新建客户或从列表中选择`) : ok(ids[0]);
};

/** A contact is one of the row's customer's contacts, by name (a unique start of a name will do). */
const parseContact: KindParser = (text, { lookups, row }) => {
  const customer = row ? lookups.customers.get(row.customerId ?? '') : undefined;
  if (!customer) return fail('请先填写客户，再选择联系人');
  const id = matchMember(text, new Map(customer.contacts.map((c) => [c.id, c])));
  return id === null ? fail(`${quoted(text)}不是客户「${customer.name}」的联系人，请先在客户资料中添加或从列表中选择`) : ok(id);
};

const parsers: Record<ColumnKind, KindParser> = {
  text: parseText,
  longText: parseText,
  instant: parseInstant,
  date: parseDate,
  number: parseNumber,
  option: parseOption,
  multiOption: parseMultiOption,
  member: parseMember,
  customer: parseCustomer,
  contact: parseContact,
};

/**
 * Text typed or pasted into a cell (from Excel, WPS or another row) as the value the column stores
 * (see ColumnKind). Blank text clears the cell; whether a required column may be empty is the
 * grid's call. `row` is the row being edited (for 联系人, after any customer pasted with it).
 */
export const parseCellText = (text: string, column: GridColumn, lookups: GridLookups, row: GridRecord | null, today: CalendarDate): ParsedCell => {
  // Excel writes line breaks inside a cell as \n but other sources send \r\n; the app stores \n.
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (clean === '') return ok(undefined);
  return parsers[column.kind](clean, { column, lookups, row, today });
};

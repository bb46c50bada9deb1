import { toCalendarDate } from '../domain/calendarDate.ts';
import type { OptionItem } from '../domain/options.ts';
import { formatInstant } from '../grid/cellText.ts';
import { matchMember } from '../grid/matchMember.ts';
import { matchOption } from '../grid/matchOption.ts';
import { optionSynonyms } from '../grid/optionSynonyms.ts';
import { parseDateText } from '../grid/parseDateText.ts';
import { excelSerialWallMs, parseDateTimeText } from '../grid/parseDateTimeText.ts';
import { parseNumberText } from '../grid/parseNumberText.ts';
import { cellDisplayText } from './cellDisplayText.ts';
import type { ImportCell, ImportField, ImportFieldKind, NormalizeContext } from './importTypes.ts';

/**
 * What one cell becomes. `value` undefined = nothing to import. `unread` is text the field could not
 * take (an unknown option or member): the row keeps it in 备注 rather than lose it.
 */
export type CellOutcome = { value: unknown; note?: string; error?: string; warning?: string; unread?: string };

type KindReader = (cell: ImportCell, text: string, field: ImportField, ctx: NormalizeContext) => CellOutcome;

const q = (text: string): string => `「${text.length > 30 ? `${text.slice(0, 30)}…` : text}」`;
const AMOUNT_MAX = 1e13;
const MIN_YEAR = 1990;

/** A date far from now is more likely a typo or a stray number than a real follow-up. */
const yearOutOfRange = (year: number, today: string): boolean => year < MIN_YEAR || year > Number(today.slice(0, 4)) + 5;
const yearWarning = (date: string, today: string): string | undefined => (yearOutOfRange(Number(date.slice(0, 4)), today) ? `日期 ${date} 看起来不对，请核对` : undefined);

const DAY_MS = 86_400_000;

/**
 * A real date cell, straight from its serial: most rows of an old sheet hold these, and formatting
 * them to text only to parse them back dominated normalizing. Same results as the text path.
 */
const instantOfSerial = (cell: Extract<ImportCell, { t: 'date' }>, field: ImportField, ctx: NormalizeContext): CellOutcome => {
  const serial = cell.v;
  const text = (): string => cellDisplayText(cell);
  if (serial < 1) return { value: undefined, error: `${field.label}${q(text())}只有时间没有日期` };
  const wall = excelSerialWallMs(serial);
  if (wall === null) return { value: undefined, error: `无法识别${field.label}${q(text())}，请写成 2024-06-10 14:30 或 2024/6/10` };
  const ms = wall - ctx.utcOffsetMinutes * 60_000;
  if (ms < 0) return { value: undefined, error: `${field.label}${q(text())}早于 1970 年，请检查年份` };
  // The year alone decides the warning; the date text is made only when it is shown.
  const warning = yearOutOfRange(new Date(wall).getUTCFullYear(), ctx.today) ? yearWarning(toCalendarDate(ms, ctx.utcOffsetMinutes), ctx.today) : undefined;
  return warning ? { value: ms, warning } : { value: ms };
};

const dateOfSerial = (cell: Extract<ImportCell, { t: 'date' }>, field: ImportField, ctx: NormalizeContext): CellOutcome => {
  const serial = cell.v;
  const text = (): string => cellDisplayText(cell);
  if (serial < 1) return { value: undefined, error: `${field.label}${q(text())}只有时间没有日期` };
  const wall = excelSerialWallMs(serial);
  if (wall === null) return { value: undefined, error: `无法识别${field.label}${q(text())}，请写成 2024-06-10 或 2024/6/10` };
  const date = toCalendarDate(Math.floor(wall / DAY_MS) * DAY_MS, 0);
  const warning = yearWarning(date, ctx.today);
  return warning ? { value: date, warning } : { value: date };
};

/** The text a date parser reads: a number as typed (45453, 20240610), or the text. */
const dateInput = (cell: ImportCell, text: string): { input: string; note?: string } => {
  if (cell.t === 'number') return { input: text, note: `数字 ${text} 按 Excel 日期读取` };
  return { input: text };
};

const readInstant: KindReader = (cell, text, field, ctx) => {
  const { input, note } = dateInput(cell, text);
  const ms = parseDateTimeText(input, ctx.today, ctx.utcOffsetMinutes);
  if (ms === null) return { value: undefined, error: `无法识别${field.label}${q(text)}，请写成 2024-06-10 14:30 或 2024/6/10` };
  if (ms < 0) return { value: undefined, error: `${field.label}${q(text)}早于 1970 年，请检查年份` };
  const shown = formatInstant(ms, ctx.utcOffsetMinutes);
  const warning = yearWarning(toCalendarDate(ms, ctx.utcOffsetMinutes), ctx.today);
  return { value: ms, ...(note || (cell.t === 'text' && text !== shown) ? { note: `${note ?? q(text)} → ${shown}` } : {}), ...(warning ? { warning } : {}) };
};

const readDate: KindReader = (cell, text, field, ctx) => {
  const { input, note } = dateInput(cell, text);
  const date = parseDateText(input, ctx.today);
  if (date === null) return { value: undefined, error: `无法识别${field.label}${q(text)}，请写成 2024-06-10 或 2024/6/10` };
  const warning = yearWarning(date, ctx.today);
  return { value: date, ...(note || (cell.t === 'text' && text !== date) ? { note: `${note ?? q(text)} → ${date}` } : {}), ...(warning ? { warning } : {}) };
};

const readNumber: KindReader = (cell, text, field) => {
  const value = cell.t === 'number' ? cell.v : cell.t === 'text' ? parseNumberText(text) : null;
  if (value === null) return { value: undefined, error: `无法识别${field.label}${q(text)}，请写成 12000、12,000 或 1.2万` };
  if (value < 0) return { value: undefined, error: `${field.label}不能为负数${q(text)}` };
  if (value > AMOUNT_MAX) return { value: undefined, error: `${field.label}${q(text)}太大，请检查是否多写了几位` };
  return { value, ...(cell.t === 'text' && text !== String(value) ? { note: `${q(text)} → ${value}` } : {}) };
};

/** A field's options: a team list (with the grid's synonyms) or a custom select's labels. */
const choices = (field: ImportField, ctx: NormalizeContext): { list: readonly OptionItem[]; synonyms: Readonly<Record<string, readonly string[]>> } =>
  field.optionList
    ? { list: ctx.lookups.options[field.optionList], synonyms: optionSynonyms }
    : { list: (field.customOptions ?? []).map((label) => ({ id: label, label, builtin: false, archived: false })), synonyms: {} };

/**
 * An option or member column holds a handful of distinct words over 100,000 rows: each distinct text is
 * matched once per list (option matching folds every label and synonym, which dominated normalizing).
 */
const memo = new WeakMap<object, Map<string, CellOutcome>>();
const memoized = (reader: KindReader, keyOf: (field: ImportField, ctx: NormalizeContext) => object): KindReader => (cell, text, field, ctx) => {
  const key = keyOf(field, ctx);
  let seen = memo.get(key);
  if (!seen) memo.set(key, (seen = new Map()));
  let outcome = seen.get(text);
  if (!outcome) seen.set(text, (outcome = reader(cell, text, field, ctx)));
  return outcome;
};

const readOptionOnce: KindReader = (_cell, text, field, ctx) => {
  const { list, synonyms } = choices(field, ctx);
  const id = matchOption(text, list, synonyms);
  if (id === null) return { value: undefined, warning: `${q(text)}不是${field.label}的选项，原文写入备注`, unread: text };
  const label = list.find((o) => o.id === id)?.label ?? id;
  return { value: id, ...(label !== text.trim() ? { note: `${q(text)} → ${label}` } : {}) };
};

// Keyed by the team's option list, or by the field itself for a custom select (its options are its own).
const readOption = memoized(readOptionOnce, (field, ctx) => (field.optionList ? ctx.lookups.options[field.optionList] : field));

const readMultiOption: KindReader = (cell, text, field, ctx) => {
  const parts = text.split(/[、,，;；/\n]/).map((p) => p.trim()).filter((p) => p !== '');
  const outcomes = parts.map((p) => readOption(cell, p, field, ctx));
  const ids = [...new Set(outcomes.map((o) => o.value).filter((v): v is string => typeof v === 'string'))];
  const unread = outcomes.flatMap((o) => (o.unread ? [o.unread] : []));
  if (unread.length === 0) return { value: ids };
  return { value: ids, warning: `${q(unread.join('、'))}不是${field.label}的选项，原文写入备注`, unread: unread.join('、') };
};

const readMemberOnce: KindReader = (_cell, text, field, ctx) => {
  const id = matchMember(text, ctx.lookups.members);
  if (id === null) return { value: undefined, warning: `找不到成员${q(text)}（${field.label}），原文写入备注`, unread: text };
  const name = ctx.lookups.members.get(id)?.name ?? id;
  return { value: id, ...(name !== text.trim() ? { note: `${q(text)} → ${name}` } : {}) };
};

// Keyed by the members map and the field (the warning names the field).
const memberMemo = new WeakMap<object, WeakMap<ImportField, object>>();
const readMember = memoized(readMemberOnce, (field, ctx) => {
  let byField = memberMemo.get(ctx.lookups.members);
  if (!byField) memberMemo.set(ctx.lookups.members, (byField = new WeakMap()));
  let key = byField.get(field);
  if (!key) byField.set(field, (key = {}));
  return key;
});

/** Text fields keep what was typed, capped at the schema's length without splitting an emoji. */
const readText: KindReader = (_cell, text, field) => {
  const max = field.kind === 'longText' ? 20_000 : 2_000;
  if (text.length <= max) return { value: text };
  const cut = text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max);
  return { value: cut, warning: `${field.label}超过 ${max} 字，已截断` };
};

/** Phone numbers stay text; one Excel stored as a number over 15 digits has already lost its last digits. */
const readPhone: KindReader = (cell, text, field, ctx) => {
  const read = readText(cell, text.trim(), field, ctx);
  if (cell.t === 'number' && Math.abs(cell.v) >= 1e15) return { ...read, warning: `${field.label}${q(text)}在 Excel 中存成了数字，超过 15 位的部分已丢失；请在原表把此列设为文本后重新导入` };
  return read;
};

const GRADES: Readonly<Record<string, string>> = { a: 'A', b: 'B', c: 'C', 重要: 'A', 一般: 'B', 普通: 'C' };
const INTENTS: Readonly<Record<string, string>> = { 高: 'high', 强: 'high', high: 'high', 中: 'medium', 一般: 'medium', medium: 'medium', 低: 'low', 弱: 'low', low: 'low' };

/** A fixed list read by its words: A类 / a级 → A, 高意向 → high; anything else is kept in 备注. */
const readFixed = (words: Readonly<Record<string, string>>): KindReader => (_cell, text, field) => {
  const key = text.normalize('NFKC').trim().toLowerCase().replace(/[类级等]$|意向$|^意向/g, '');
  const value = words[key];
  return value ? { value } : { value: undefined, warning: `${q(text)}不是${field.label}的选项，原文写入备注`, unread: text };
};

const readers: Record<ImportFieldKind, KindReader> = {
  instant: readInstant,
  date: readDate,
  number: readNumber,
  option: readOption,
  multiOption: readMultiOption,
  member: readMember,
  customer: (_c, text) => ({ value: text.trim() }),
  contact: (_c, text) => ({ value: text.trim() }),
  text: readText,
  longText: readText,
  phone: readPhone,
  email: (_c, text) => ({ value: text.trim() }),
  id: (_c, text) => ({ value: text.trim() }),
  grade: readFixed(GRADES),
  intent: readFixed(INTENTS),
};

/**
 * One cell read for one field, reusing the grid's parsers: Excel date serials, typed dates
 * (2024/6/10, 2024年6月10日, 6-10), amounts (1.2万), option synonyms (拜访 → 面访), members by name.
 * Blank and error cells (#N/A) import nothing; an error cell says so.
 */
export const normalizeCell = (cell: ImportCell | undefined, field: ImportField, ctx: NormalizeContext): CellOutcome => {
  if (!cell || cell.t === 'empty') return { value: undefined };
  // A real date cell into a date field needs no text (only an error message would show it).
  if (cell.t === 'date' && field.kind === 'instant') return instantOfSerial(cell, field, ctx);
  if (cell.t === 'date' && field.kind === 'date') return dateOfSerial(cell, field, ctx);
  const shown = cellDisplayText(cell);
  const text = shown.indexOf('\r') < 0 ? shown : shown.replace(/\r\n?/g, '\n');
  if (cell.t === 'error') return { value: undefined, warning: `${field.label}是错误值 ${text}，按空白导入` };
  if (text.trim() === '') return { value: undefined };
  return readers[field.kind](cell, text.trim(), field, ctx);
};

import { cellText } from './cellText.ts';
import { cellValue, isEmptyValue } from './followUpColumns.ts';
import type { GridColumn, GridLookups, GridRecord, SortSpec } from './gridTypes.ts';

/**
 * Sorting 100,000 rows must stay under 300 ms on a slow machine, so rows are never compared directly:
 * each sort column first becomes a dense rank per row (0…size-1, reversed when descending, `size` when
 * empty so empties sort last either way). Ranks of all columns and the row's index then pack into one
 * exact double, and a Float64Array sorts natively without any comparator (~10 ms for 100k rows).
 */
type RankColumn = { ranks: Int32Array; size: number };

let collators: { primary: Intl.Collator; full: Intl.Collator } | null = null;
/** Created on first use: zh-CN orders Chinese by pinyin. */
const zh = () => (collators ??= { primary: new Intl.Collator('zh-CN', { sensitivity: 'base' }), full: new Intl.Collator('zh-CN') });

/**
 * Each UTF-16 unit of `texts` → the rank of its primary collation weight (0 = ignorable). Texts then
 * sort on these small integers without Intl, almost as Intl.Collator would; rankCollated fixes the
 * rest. Surrogates (rare CJK extensions) get ranks after everything else, in code order.
 */
const charRanks = (texts: readonly string[]): Uint16Array => {
  const seen = new Uint8Array(65536);
  for (const text of texts) for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = 1;
  const chars: string[] = [];
  for (let code = 0; code < 65536; code++) if (seen[code] && (code < 0xd800 || code > 0xdfff)) chars.push(String.fromCharCode(code));
  const { primary } = zh();
  chars.sort(primary.compare);
  const ranks = new Uint16Array(65536);
  let rank = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (rank === 0 ? primary.compare(ch, '') !== 0 : primary.compare(chars[i - 1] as string, ch) !== 0) rank++;
    ranks[ch.charCodeAt(0)] = rank;
  }
  for (let code = 0xd800; code <= 0xdfff; code++) ranks[code] = Math.min(65535, rank + 1 + code - 0xd800);
  return ranks;
};

/** Keys past this length only decide between texts equal so far; the collator pass settles those. */
const KEY_LENGTH = 256;

/** Every text's primary ranks, back to back in one array: key i is data[start[i]] … data[end[i] - 1]. */
type RankKeys = { data: Uint16Array; start: Int32Array; end: Int32Array };

const collationKeys = (texts: readonly string[]): RankKeys => {
  const ranks = charRanks(texts);
  const start = new Int32Array(texts.length);
  const end = new Int32Array(texts.length);
  let total = 0;
  for (const text of texts) total += Math.min(text.length, KEY_LENGTH);
  const data = new Uint16Array(total);
  let p = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    start[i] = p;
    for (let j = 0; j < text.length && p - (start[i] as number) < KEY_LENGTH; j++) {
      const rank = ranks[text.charCodeAt(j)] as number;
      if (rank !== 0) data[p++] = rank;
    }
    end[i] = p;
  }
  return { data, start, end };
};

/** Unit d of key i; 0 past its end, so a key sorts before its extensions. */
const unitAt = (keys: RankKeys, i: number, d: number): number => {
  const p = (keys.start[i] as number) + d;
  return p < (keys.end[i] as number) ? (keys.data[p] as number) : 0;
};

const sameKey = (keys: RankKeys, a: number, b: number): boolean => {
  const length = (keys.end[a] as number) - (keys.start[a] as number);
  if (length !== (keys.end[b] as number) - (keys.start[b] as number)) return false;
  for (let d = 0; d < length; d++) if (unitAt(keys, a, d) !== unitAt(keys, b, d)) return false;
  return true;
};

/** Insertion sort of idx[lo, hi) on keys from unit d on: small ranges are cheaper this way. */
const insertionSort = (keys: RankKeys, idx: Int32Array, lo: number, hi: number, d: number): void => {
  for (let i = lo + 1; i < hi; i++) {
    for (let j = i; j > lo; j--) {
      const a = idx[j - 1] as number;
      const b = idx[j] as number;
      let k = d;
      while (unitAt(keys, a, k) === unitAt(keys, b, k) && unitAt(keys, a, k) !== 0) k++;
      if (unitAt(keys, a, k) <= unitAt(keys, b, k)) break;
      idx[j - 1] = b;
      idx[j] = a;
    }
  }
};

/**
 * Multikey (three-way radix) quicksort of key indices: compares one rank at a time and never rescans
 * a shared prefix. On 100k Chinese summaries it measured ~25 ms against ~140 ms for a string comparator.
 * An explicit stack instead of recursion: no input can overflow the call stack.
 */
const multikeySort = (keys: RankKeys, n: number): Int32Array => {
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const stack: number[] = [0, n, 0];
  while (stack.length > 0) {
    const d = stack.pop() as number;
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    if (hi - lo < 12) {
      insertionSort(keys, idx, lo, hi, d);
      continue;
    }
    const pivot = unitAt(keys, idx[(lo + hi) >>> 1] as number, d);
    let lt = lo;
    let gt = hi - 1;
    for (let i = lo; i <= gt; ) {
      const item = idx[i] as number;
      const unit = unitAt(keys, item, d);
      if (unit < pivot) { idx[i++] = idx[lt] as number; idx[lt++] = item; }
      else if (unit > pivot) { idx[i] = idx[gt] as number; idx[gt--] = item; }
      else i++;
    }
    stack.push(lo, lt, d, gt + 1, hi, d);
    if (pivot !== 0) stack.push(lt, gt + 1, d + 1);
  }
  return idx;
};

/**
 * Sorts distinct texts and gives each its dense rank. Collated texts are first ordered by their
 * primary-rank keys, then re-sorted with collator.compare: on input that is already (almost) in order
 * TimSort needs about one comparison per text, and it fixes what the keys cannot see (case and width
 * ties, contractions such as 重庆 read as chóng). So the result is exactly the collator's order.
 */
const rankCollated = (texts: readonly string[]): RankColumn => {
  const keys = collationKeys(texts);
  const { full } = zh();
  const order = Array.from(multikeySort(keys, texts.length)).sort((a, b) => full.compare(texts[a] as string, texts[b] as string));
  const ranks = new Int32Array(texts.length);
  let rank = 0;
  for (let i = 0; i < order.length; i++) {
    const a = order[i - 1] as number;
    const b = order[i] as number;
    // Texts the collator calls equal (canonical equivalents) have equal keys, so it is asked only then.
    if (i > 0 && (!sameKey(keys, a, b) || full.compare(texts[a] as string, texts[b] as string) !== 0)) rank++;
    ranks[b] = rank;
  }
  return { ranks, size: texts.length === 0 ? 0 : rank + 1 };
};

/** Distinct texts ranked by code unit (dates, option positions): few and short, a comparator will do. */
const rankCodeUnits = (texts: readonly string[]): RankColumn => {
  const order = texts.map((_, i) => i).sort((a, b) => ((texts[a] as string) < (texts[b] as string) ? -1 : 1));
  const ranks = new Int32Array(texts.length);
  order.forEach((textIndex, rank) => (ranks[textIndex] = rank));
  return { ranks, size: texts.length };
};

const rankDistinct = (texts: readonly string[], collate: boolean): RankColumn => (collate ? rankCollated(texts) : rankCodeUnits(texts));

/** One text per row ('' = empty) → ranks. Texts repeat (stages, names, templates), so only distinct ones are sorted. */
const rankTexts = (texts: readonly string[], collate: boolean): RankColumn => {
  const slot = new Map<string, number>();
  const distinct: string[] = [];
  const rowSlot = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    let s = text === '' ? -1 : slot.get(text);
    if (s === undefined) slot.set(text, (s = distinct.push(text) - 1));
    rowSlot[i] = s;
  }
  const { ranks: slotRanks, size } = rankDistinct(distinct, collate);
  const ranks = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const s = rowSlot[i] as number;
    ranks[i] = s < 0 ? size : (slotRanks[s] as number);
  }
  return { ranks, size: size + 1 };
};

/** Numbers (NaN = empty) → dense ranks by binary search in their sorted distinct values. */
const rankNumbers = (values: Float64Array): RankColumn => {
  const sorted = values.filter((v) => v === v).sort();
  let size = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[size - 1]) sorted[size++] = sorted[i] as number;
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) { ranks[i] = size; continue; }
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { ranks, size: size + 1 };
};

const numberValues = (rows: readonly GridRecord[], columnId: string): Float64Array => {
  const values = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = cellValue(rows[i] as GridRecord, columnId);
    values[i] = typeof value === 'number' && Number.isFinite(value) ? value : NaN;
  }
  return values;
};

/** Member and customer names are worked out once per id, not once per row. */
const memoText = (rows: readonly GridRecord[], column: GridColumn, lookups: GridLookups): string[] => {
  const memo = new Map<unknown, string>();
  return rows.map((row) => {
    const value = cellValue(row, column.id);
    let text = memo.get(value);
    if (text === undefined) memo.set(value, (text = cellText(row, column, lookups)));
    return text;
  });
};

/** Option id → position in its team list (stages by rank; custom selects by their option order). */
const optionOrder = (column: GridColumn, lookups: GridLookups): Map<string, number> => {
  if (column.customOptions) return new Map(column.customOptions.map((o, i) => [o, i]));
  if (column.optionList === 'stages') return new Map([...lookups.options.stages].sort((a, b) => a.rank - b.rank).map((o, i) => [o.id, i]));
  return new Map((column.optionList ? lookups.options[column.optionList] : []).map((o, i) => [o.id, i]));
};

/** Option cells as code-unit keys of their positions (one char per chosen option); unknown ids after known ones. */
const optionTexts = (rows: readonly GridRecord[], column: GridColumn, lookups: GridLookups): string[] => {
  const order = optionOrder(column, lookups);
  const position = (id: unknown): string => String.fromCharCode(1 + (order.get(String(id)) ?? order.size));
  return rows.map((row) => {
    const value = cellValue(row, column.id);
    if (isEmptyValue(value)) return '';
    return Array.isArray(value) ? value.map(position).join('') : position(value);
  });
};

/** One sort column as ranks, typed by the column's kind. */
const rankColumn = (rows: readonly GridRecord[], column: GridColumn, lookups: GridLookups): RankColumn => {
  switch (column.kind) {
    case 'instant':
    case 'number':
      return rankNumbers(numberValues(rows, column.id));
    case 'date':
      return rankTexts(rows.map((row) => String(cellValue(row, column.id) ?? '')), false);
    case 'option':
    case 'multiOption':
      return rankTexts(optionTexts(rows, column, lookups), false);
    case 'member':
    case 'customer':
      return rankTexts(memoText(rows, column, lookups), true);
    default:
      return rankTexts(rows.map((row) => cellText(row, column, lookups)), true);
  }
};

/** Descending flips non-empty ranks; the empty rank (size - 1) stays last. */
const directed = (column: RankColumn, desc: boolean): RankColumn => {
  if (!desc) return column;
  const empty = column.size - 1;
  const ranks = column.ranks.map((r) => (r === empty ? r : empty - 1 - r));
  return { ranks, size: column.size };
};

/** Row indices ordered by the columns' ranks, then index (stable). */
const orderByRanks = (columns: readonly RankColumn[], n: number): Float64Array => {
  const radix = columns.reduce((product, c) => product * c.size, 1);
  const order = new Float64Array(n);
  if (radix * n <= Number.MAX_SAFE_INTEGER) {
    // Packed: (mixed-radix rank) * n + index is exact below 2^53, and `%` recovers the index exactly.
    for (let i = 0; i < n; i++) {
      let key = 0;
      for (const c of columns) key = key * c.size + (c.ranks[i] as number);
      order[i] = key * n + i;
    }
    order.sort();
    for (let i = 0; i < n; i++) order[i] = (order[i] as number) % n;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => {
    for (const c of columns) {
      const d = (c.ranks[a] as number) - (c.ranks[b] as number);
      if (d !== 0) return d;
    }
    return a - b;
  });
};

/** The default order's tie-break: rows with the same 跟进时间 by id. Ties are rare, so runs are fixed after the fact. */
const tiesById = <R extends GridRecord>(sorted: R[]): R[] => {
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && cellValue(sorted[i] as R, 'followedAt') === cellValue(sorted[start] as R, 'followedAt')) continue;
    if (i - start > 1) {
      const run = sorted.slice(start, i).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (let j = 0; j < run.length; j++) sorted[start + j] = run[j] as R;
    }
    start = i;
  }
  return sorted;
};

const FOLLOWED_AT: GridColumn = { id: 'followedAt', kind: 'instant', label: '跟进时间', width: 0 };

/**
 * Rows sorted by `sort` (first spec first), stable: ties keep the input order. Empty cells always go
 * last. With no usable spec: newest 跟进时间 first, then id. Specs naming unknown columns are skipped.
 */
export const sortRows = <R extends GridRecord>(rows: readonly R[], sort: SortSpec[], columns: readonly GridColumn[], lookups: GridLookups): R[] => {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const ranked: RankColumn[] = [];
  for (const spec of sort) {
    const column = byId.get(spec.column);
    if (column) ranked.push(directed(rankColumn(rows, column, lookups), spec.desc));
  }
  const byDefault = ranked.length === 0;
  if (byDefault) ranked.push(directed(rankColumn(rows, FOLLOWED_AT, lookups), true));
  const order = orderByRanks(ranked, rows.length);
  const sorted = Array.from(order, (i) => rows[i] as R);
  return byDefault ? tiesById(sorted) : sorted;
};

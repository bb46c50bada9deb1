import { cellText } from './cellText.ts';
import { builtInColumns } from './followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow, GroupBy } from './gridTypes.ts';

/** One group of the grid: `key` is the grouped value ('' for empty cells), `label` what the header shows. */
export type GridGroup = { key: string; label: string; count: number; amountSum: number; rows: GridRow[] };

/** What the virtualized grid renders, one line per entry: group headers and the rows of open groups. */
export type GridLine = { type: 'group'; group: GridGroup } | { type: 'row'; row: GridRow };

export const EMPTY_GROUP_LABEL = '（空）';

let collator: Intl.Collator | null = null;
/** Created on first use: zh-CN orders names by pinyin. */
const zh = (): Intl.Collator => (collator ??= new Intl.Collator('zh-CN'));

/** Position of each option in its list (stages by rank); members and customers have none. */
const optionPositions = (groupBy: GroupBy, lookups: GridLookups): Map<string, number> | null => {
  if (groupBy === 'stage') return new Map([...lookups.options.stages].sort((a, b) => a.rank - b.rank).map((s, i) => [s.id, i]));
  if (groupBy === 'status') return new Map(lookups.options.statuses.map((s, i) => [s.id, i]));
  return null;
};

/** Options in list order, then unknown values by name (pinyin), the empty group last. */
const compareGroups = (positions: Map<string, number> | null) => (a: GridGroup, b: GridGroup): number => {
  if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
  const pa = positions?.get(a.key) ?? Infinity;
  const pb = positions?.get(b.key) ?? Infinity;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return zh().compare(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
};

/**
 * Rows grouped by a column's value, groups in a meaningful order (see compareGroups), rows inside a
 * group in input order (sort first, then group). One pass over the rows; labels once per group.
 */
export const groupRows = (rows: readonly GridRow[], groupBy: GroupBy, columns: readonly GridColumn[], lookups: GridLookups): GridGroup[] => {
  const column = columns.find((c) => c.id === groupBy) ?? builtInColumns.find((c) => c.id === groupBy);
  const groups = new Map<string, GridGroup>();
  for (const row of rows) {
    const key = row[groupBy] ?? '';
    let group = groups.get(key);
    if (!group) {
      const label = key === '' || !column ? key || EMPTY_GROUP_LABEL : cellText(row, column, lookups);
      groups.set(key, (group = { key, label, count: 0, amountSum: 0, rows: [] }));
    }
    group.rows.push(row);
    group.count++;
    if (typeof row.amount === 'number' && Number.isFinite(row.amount)) group.amountSum += row.amount;
  }
  return [...groups.values()].sort(compareGroups(optionPositions(groupBy, lookups)));
};

/** The lines to render: each group's header, followed by its rows unless the group is collapsed. */
export const flattenGroups = (groups: readonly GridGroup[], collapsed: ReadonlySet<string>): GridLine[] => {
  const lines: GridLine[] = [];
  for (const group of groups) {
    lines.push({ type: 'group', group });
    if (collapsed.has(group.key)) continue;
    for (const row of group.rows) lines.push({ type: 'row', row });
  }
  return lines;
};

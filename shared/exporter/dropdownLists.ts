import type { GridColumn, GridLookups } from '../grid/gridTypes.ts';

/** One list a dropdown draws from; written as a column of the hidden "_lists" sheet. */
export type DropdownList = { key: string; title: string; values: string[] };

/** The lists a sheet needs, and which list each column's dropdown uses (column id → list key). */
export type DropdownPlan = { lists: DropdownList[]; byColumn: Map<string, string> };

const optionTitles: Record<string, string> = {
  methods: '跟进方式',
  stages: '销售阶段',
  statuses: '当前状态',
  sources: '来源渠道',
  industries: '行业',
};

const unique = (values: readonly string[]): string[] => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];

const listFor = (column: GridColumn, lookups: Pick<GridLookups, 'options' | 'members'>): DropdownList | null => {
  if (column.kind === 'member') return { key: 'members', title: '成员', values: unique([...lookups.members.values()].map((m) => m.name)) };
  if (column.kind !== 'option') return null;
  if (column.optionList) {
    const live = lookups.options[column.optionList].filter((o) => !o.archived).map((o) => o.label);
    return { key: `options.${column.optionList}`, title: optionTitles[column.optionList] ?? column.label, values: unique(live) };
  }
  return column.customOptions ? { key: `column.${column.id}`, title: column.label, values: unique(column.customOptions) } : null;
};

/**
 * Dropdowns for single-choice columns: option columns offer the team's live (not archived) options,
 * member columns the members' names. Columns sharing a list (责任人 and 下一步负责人) share one range.
 * Multi-choice columns get none: a dropdown would allow only one value.
 */
export const dropdownLists = (columns: readonly GridColumn[], lookups: Pick<GridLookups, 'options' | 'members'>): DropdownPlan => {
  const lists = new Map<string, DropdownList>();
  const byColumn = new Map<string, string>();
  for (const column of columns) {
    const list = listFor(column, lookups);
    if (!list || list.values.length === 0) continue;
    if (!lists.has(list.key)) lists.set(list.key, list);
    byColumn.set(column.id, list.key);
  }
  return { lists: [...lists.values()], byColumn };
};

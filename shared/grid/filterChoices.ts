import type { GridColumn, GridLookups } from './gridTypes.ts';

/** One value a "one of" filter can pick; '' stands for empty cells. */
export type FilterChoice = { value: string; label: string };

let collator: Intl.Collator | null = null;
const byName = (a: FilterChoice, b: FilterChoice) => (collator ??= new Intl.Collator('zh-CN')).compare(a.label, b.label);

/**
 * The values a column's filter offers, in the order people expect: option lists in their own order
 * (live options, then archived ones old rows may still hold), members and customers by name (pinyin).
 * Null for columns filtered by text, date or number instead.
 */
export const filterChoices = (column: GridColumn, lookups: GridLookups): FilterChoice[] | null => {
  switch (column.kind) {
    case 'option':
    case 'multiOption': {
      if (column.optionList) {
        const list = lookups.options[column.optionList];
        return [...list.filter((o) => !o.archived), ...list.filter((o) => o.archived)].map((o) => ({ value: o.id, label: o.label }));
      }
      return (column.customOptions ?? []).map((label) => ({ value: label, label }));
    }
    case 'member':
      return [...lookups.members].map(([value, m]) => ({ value, label: m.name })).sort(byName);
    case 'customer':
      return [...lookups.customers].map(([value, c]) => ({ value, label: c.name })).sort(byName);
    default:
      return null;
  }
};

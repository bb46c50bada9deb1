import type { GridColumn } from '../grid/gridTypes.ts';
import type { OptionLists } from './options.ts';

/** One value a rule can trigger on: what is stored in the cell (id) and what people read (label). */
export type RuleValueChoice = { id: string; label: string; archived: boolean };

/**
 * The values a validation rule on this column can trigger on: the ids of the team's option list, or a
 * custom select field's options (stored as their labels). Null for columns without a list: such a rule
 * fires whenever the field is filled.
 */
export const ruleValueChoices = (column: GridColumn, options: OptionLists): RuleValueChoice[] | null => {
  if (column.optionList) return options[column.optionList].map((o) => ({ id: o.id, label: o.label, archived: o.archived }));
  if (column.customOptions) return column.customOptions.map((o) => ({ id: o, label: o, archived: false }));
  return null;
};

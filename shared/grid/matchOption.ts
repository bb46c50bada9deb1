import type { OptionItem } from '../domain/options.ts';
import { matchKey } from './matchKey.ts';

/** The first option that matches, preferring live options over archived ones (old rows may still use those). */
const findOption = (list: readonly OptionItem[], matches: (o: OptionItem) => boolean): OptionItem | undefined =>
  list.find((o) => !o.archived && matches(o)) ?? list.find((o) => o.archived && matches(o));

/**
 * The id of the option `text` names — by label first, then id, then one of `synonyms[id]` — or null.
 * Labels win over synonyms so a team option called 报价 beats another option's synonym 报价.
 */
export const matchOption = (
  text: string,
  list: readonly OptionItem[],
  synonyms: Readonly<Record<string, readonly string[]>>,
): string | null => {
  const key = matchKey(text);
  if (key === '') return null;
  const found =
    findOption(list, (o) => matchKey(o.label) === key) ??
    findOption(list, (o) => matchKey(o.id) === key) ??
    findOption(list, (o) => (synonyms[o.id] ?? []).some((s) => matchKey(s) === key));
  return found?.id ?? null;
};

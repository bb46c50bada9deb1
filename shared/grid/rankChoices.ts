import { foldSearchText } from './searchIndex.ts';

export type Choice = { id: string; label: string };

/**
 * The choices matching what was typed, best first: exact label, then labels starting with it, then
 * labels containing it (full/half width and case folded). An empty query keeps every choice in order.
 * At most `limit` are returned: a list of 5,000 customers is searched, not shown.
 */
export const rankChoices = (choices: readonly Choice[], query: string, limit = 50): Choice[] => {
  const needle = foldSearchText(query.trim());
  if (!needle) return choices.slice(0, limit);
  const exact: Choice[] = [];
  const prefix: Choice[] = [];
  const inner: Choice[] = [];
  for (const choice of choices) {
    const label = foldSearchText(choice.label);
    if (label === needle) exact.push(choice);
    else if (label.startsWith(needle)) prefix.push(choice);
    else if (label.includes(needle)) inner.push(choice);
  }
  return [...exact, ...prefix, ...inner].slice(0, limit);
};

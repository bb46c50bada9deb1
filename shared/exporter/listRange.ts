import { columnLetter } from './columnLetter.ts';

export const LISTS_SHEET = '_lists';

/** The validation formula for the list in column `index` (0-based) of "_lists": values from row 2. */
export const listRange = (index: number, count: number): string => {
  const letter = columnLetter(index + 1);
  return `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${count + 1}`;
};

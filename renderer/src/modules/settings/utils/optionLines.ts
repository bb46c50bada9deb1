/** The options typed one per line; blank lines (a trailing Enter) are not options. */
export const optionLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

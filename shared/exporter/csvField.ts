/** Characters that make a spreadsheet read a CSV field as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet would run as a formula gets a leading ' (ARCHITECTURE.md §8),
 * then RFC 4180 quoting when it holds a quote, comma or line break. Numbers pass as they are, so a
 * negative amount stays a number.
 */
export const csvField = (value: string | number): string => {
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

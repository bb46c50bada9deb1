import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { cellDisplayText } from './cellDisplayText.ts';
import { headerKey } from './headerKey.ts';
import { headersAt } from './headersAt.ts';
import { importFields } from './importFields.ts';
import type { HeaderGuess, ImportCell, ImportSheet } from './importTypes.ts';

const SCAN_ROWS = 30;
const MAX_TITLE_LENGTH = 30;

/** Every name a column of either target answers to, as header keys. */
const knownNames = (customFields: readonly CustomFieldDef[]): string[] => {
  const fields = [...importFields('followUps', customFields), ...importFields('customers', customFields)];
  return [...new Set(fields.flatMap((f) => [f.label, ...f.synonyms].map(headerKey)))].filter((k) => k.length >= 2);
};

const isTitleCell = (cell: ImportCell | undefined): boolean => cell?.t === 'text' && cell.v.trim().length <= MAX_TITLE_LENGTH;

/**
 * How much a row looks like column titles: distinct short texts, twice over when they name a known
 * field, less every number or date (data rows hold those). A merged sheet title repeats one text
 * across the row, so it has one distinct text and scores 0.
 */
const headerScore = (row: readonly ImportCell[], known: readonly string[]): number => {
  const keys = new Set(row.filter(isTitleCell).map((c) => headerKey(cellDisplayText(c))).filter((k) => k !== ''));
  if (keys.size < 2) return 0;
  let score = keys.size;
  for (const key of keys) if (known.some((name) => key === name || (key.length <= 12 && key.includes(name)))) score += 2;
  for (const c of row) if (c.t === 'number' || c.t === 'date') score -= 1;
  return score;
};

const distinctTexts = (row: readonly ImportCell[]): number => new Set(row.filter(isTitleCell).map((c) => headerKey(cellDisplayText(c)))).size;

/**
 * True when row `upper` has a merged cell spanning some columns (not the whole width, which is a
 * sheet title) and the next row titles those columns separately: distinct short texts, no numbers or
 * dates, itself title-like. A lone merge from column A in a row with one text is a title, not a group.
 */
const isGroupRow = (sheet: ImportSheet, upper: number, known: readonly string[]): boolean => {
  const row = sheet.rows[upper] ?? [];
  const lower = sheet.rows[upper + 1];
  const rowNumber = sheet.rowNumbers[upper];
  if (!lower || rowNumber === undefined || sheet.rowNumbers[upper + 1] !== rowNumber + 1) return false;
  if (headerScore(lower, known) < 2 || lower.some((c) => c.t === 'number' || c.t === 'date')) return false;
  const width = Math.max(row.length, lower.length);
  const titled = distinctTexts(row) >= 2;
  return sheet.merges.some((m) => {
    if (m.top !== rowNumber || m.bottom !== rowNumber || m.right <= m.left || m.right - m.left + 1 >= width || (!titled && m.left === 0)) return false;
    const subs = lower.slice(m.left, m.right + 1);
    return subs.every(isTitleCell) && distinctTexts(subs) === subs.length;
  });
};

/**
 * Where the column titles are: the row among the first 30 that most looks like titles (title rows
 * such as a merged "2024年销售跟进表" above it are skipped), widened to two rows when a merged group
 * cell sits above separate sub-titles (下一步计划 over 日期 / 动作 / 负责人), in either order found.
 */
export const detectHeader = (sheet: ImportSheet, customFields: readonly CustomFieldDef[] = []): HeaderGuess => {
  const known = knownNames(customFields);
  let best = 0;
  let bestScore = 0;
  // The titles need data under them: the last row is a header only when it is the only row.
  const candidates = sheet.rows.length > 1 ? sheet.rows.slice(0, Math.min(SCAN_ROWS, sheet.rows.length - 1)) : sheet.rows;
  candidates.forEach((row, i) => {
    const score = headerScore(row, known);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  let headerRow = best;
  let headerRows: 1 | 2 = 1;
  if (best > 0 && isGroupRow(sheet, best - 1, known)) [headerRow, headerRows] = [best - 1, 2];
  else if (isGroupRow(sheet, best, known)) headerRows = 2;
  return { headerRow, headerRows, headers: headersAt(sheet, headerRow, headerRows) };
};

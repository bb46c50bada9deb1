import type { ImportCell, ImportSheet } from '../importTypes.ts';
import { EMPTY_CELL } from './sheetCells.ts';

/** At most this many cells are filled from merged ranges; a hostile merge over a million rows stops there. */
const FILL_BUDGET = 2_000_000;

/** Where Excel row `n` is, or would go, in the sheet's ascending row numbers. */
const positionOf = (sheet: ImportSheet, n: number): number => {
  let lo = 0;
  let hi = sheet.rowNumbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sheet.rowNumbers[mid] ?? 0) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The cells of Excel row `n`, adding an empty row in order when the sheet has none there. */
const rowAt = (sheet: ImportSheet, n: number): ImportCell[] => {
  const lo = positionOf(sheet, n);
  if (sheet.rowNumbers[lo] !== n) {
    sheet.rowNumbers.splice(lo, 0, n);
    sheet.rows.splice(lo, 0, []);
  }
  return sheet.rows[lo] ?? [];
};

/**
 * Every cell of a merged range shows the range's value, as a person reading the sheet sees it (the
 * file stores it in the first cell only). Ranges are cut at the last row holding data and at
 * `maxColumns`; returns false when the fill budget ran out (the rest stays blank).
 */
export const fillMerges = (sheet: ImportSheet, maxColumns: number): boolean => {
  const last = sheet.rowNumbers[sheet.rowNumbers.length - 1] ?? 0;
  let budget = FILL_BUDGET;
  for (const m of sheet.merges) {
    const index = positionOf(sheet, m.top);
    const value = sheet.rowNumbers[index] === m.top ? sheet.rows[index]?.[m.left] : undefined;
    if (!value || value === EMPTY_CELL || value.t === 'empty') continue;
    const right = Math.min(m.right, maxColumns - 1);
    for (let r = m.top; r <= Math.min(m.bottom, last); r++) {
      const row = rowAt(sheet, r);
      for (let c = m.left; c <= right; c++) {
        if (--budget < 0) return false;
        while (row.length < c) row.push(EMPTY_CELL);
        if (c === m.left && r === m.top) continue;
        row[c] = value;
      }
    }
  }
  return true;
};

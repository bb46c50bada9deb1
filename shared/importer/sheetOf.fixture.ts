import type { CellRange, ImportCell, ImportSheet } from './importTypes.ts';

/** Test support: a sheet from plain values (strings are text, numbers numbers, null empty), rows numbered from 1. */
export const sheetOf = (rows: readonly (readonly (string | number | null)[])[], merges: CellRange[] = []): ImportSheet => ({
  name: 'Sheet1',
  hidden: false,
  rows: rows.map((r) => r.map((v): ImportCell => (v === null || v === '' ? { t: 'empty' } : typeof v === 'number' ? { t: 'number', v } : { t: 'text', v }))),
  rowNumbers: rows.map((_r, i) => i + 1),
  merges,
});

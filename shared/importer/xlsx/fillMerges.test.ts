import { describe, expect, it } from 'vitest';
import { cellDisplayText } from '../cellDisplayText.ts';
import type { ImportSheet } from '../importTypes.ts';
import { fillMerges } from './fillMerges.ts';
import { EMPTY_CELL } from './sheetCells.ts';

const text = (v: string) => ({ t: 'text' as const, v });

describe('fillMerges', () => {
  it('shows a merged value in every cell it covers, adding rows the merge spans, up to the last data row and the column cap', () => {
    const sheet: ImportSheet = {
      name: 'S',
      hidden: false,
      rows: [[text('标题')], [text('恒瑞'), text('x')], [EMPTY_CELL, text('z')]],
      rowNumbers: [1, 3, 6],
      merges: [
        { top: 1, bottom: 1, left: 0, right: 9 },
        { top: 3, bottom: 100, left: 0, right: 0 },
      ],
    };
    expect(fillMerges(sheet, 3)).toBe(true);
    expect(sheet.rowNumbers).toEqual([1, 3, 4, 5, 6]);
    expect(sheet.rows.map((r) => r.map(cellDisplayText))).toEqual([['标题', '标题', '标题'], ['恒瑞', 'x'], ['恒瑞'], ['恒瑞'], ['恒瑞', 'z']]);
  });
});

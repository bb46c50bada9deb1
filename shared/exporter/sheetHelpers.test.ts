import { describe, expect, it } from 'vitest';
import { columnLetter } from './columnLetter.ts';
import { excelWidth } from './excelWidth.ts';
import { safeSheetName } from './safeSheetName.ts';
import { toExcelDate } from './toExcelDate.ts';
import { wrappedLines } from './wrappedLines.ts';

describe('sheet helpers', () => {
  it('columnLetter', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('excelWidth turns px into characters, with a floor', () => {
    expect(excelWidth(280)).toBe(40);
    expect(excelWidth(10)).toBe(4);
  });

  it('safeSheetName keeps Excel\'s rules', () => {
    expect(safeSheetName("'华东/华南'", 'x')).toBe('华东 华南');
    expect(safeSheetName('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', 'x')).toHaveLength(31);
    expect(safeSheetName('  ', '销售跟进表')).toBe('销售跟进表');
    expect(safeSheetName('History', '销售跟进表')).toBe('销售跟进表');
  });

  it('toExcelDate puts the team\'s wall time into the UTC fields', () => {
    expect(toExcelDate({ t: 'instant', v: Date.UTC(2026, 10, 20, 17, 30) }, 480)).toEqual(new Date(Date.UTC(2026, 10, 21, 1, 30)));
    expect(toExcelDate({ t: 'date', v: '2026-02-28' }, 480)).toEqual(new Date(Date.UTC(2026, 1, 28)));
  });

  it('wrappedLines counts Chinese as double width and honours line breaks', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('一二三四', 9)).toBe(1);
    expect(wrappedLines('一二三四五', 9)).toBe(2);
    expect(wrappedLines('a\nb\r\nc', 10)).toBe(3);
  });
});

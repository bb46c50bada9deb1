import { describe, expect, it } from 'vitest';
import { dateToSerial } from './dateToSerial.ts';
import { toImportCell, type CellStats } from './toImportCell.ts';

describe('toImportCell', () => {
  const stats = (): CellStats => ({ formulasWithoutResult: 0 });

  it('turns exceljs Dates (UTC) into 1900-system serials with their format', () => {
    expect(toImportCell(new Date(Date.UTC(2024, 5, 10, 12)), 'yyyy-mm-dd', stats())).toEqual({ t: 'date', v: 45453.5, numFmt: 'yyyy-mm-dd' });
    expect(toImportCell(new Date(NaN), undefined, stats())).toEqual({ t: 'error', v: '#VALUE!' });
  });

  it('reads formulas as their result and counts the ones without', () => {
    const s = stats();
    expect(toImportCell({ formula: 'A1', result: { richText: [{ text: 'a' }, { text: 'b' }] } }, undefined, s)).toEqual({ t: 'text', v: 'ab' });
    expect(toImportCell({ sharedFormula: 'A1', result: new Date(Date.UTC(2024, 5, 10)) }, 'mm-dd-yy', s)).toEqual({ t: 'date', v: 45453, numFmt: 'mm-dd-yy' });
    expect(toImportCell({ formula: 'A1' }, undefined, s)).toEqual({ t: 'empty' });
    expect(toImportCell({ formula: 'A1', result: { error: '#DIV/0!' } }, undefined, s)).toEqual({ t: 'error', v: '#DIV/0!' });
    expect(s.formulasWithoutResult).toBe(1);
  });

  it('reads hyperlinks as their text and blank text as empty', () => {
    expect(toImportCell({ text: '官网', hyperlink: 'https://example.com' }, undefined, stats())).toEqual({ t: 'text', v: '官网' });
    expect(toImportCell(' \r\n ', undefined, stats())).toEqual({ t: 'empty' });
    expect(toImportCell(Number.POSITIVE_INFINITY, undefined, stats())).toEqual({ t: 'error', v: '#NUM!' });
  });
});

describe('dateToSerial', () => {
  it('inverts exceljs\u2019s serial → Date, to the second', () => {
    expect(dateToSerial(new Date(Date.UTC(1899, 11, 30)))).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2024, 5, 10, 14, 30) + 0.4))).toBe(45453 + 14.5 / 24);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTsv } from './formatTsv.ts';
import { parseTsv } from './parseTsv.ts';

/** Strings dense in the characters that make TSV hard. */
const tricky = fc.string({ unit: fc.constantFrom('a', '好', ' ', '"', '""', '\t', '\n', '\r', '\r\n'), maxLength: 8 });
const cell = fc.oneof(tricky, fc.string(), fc.string({ unit: 'binary' }));

const rectangular = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

describe('formatTsv', () => {
  it('writes tab-separated rows joined by \\r\\n, quoting only cells that need it', () => {
    expect(formatTsv([['客户', '金额'], ['恒瑞精密', '12000']])).toBe('客户\t金额\r\n恒瑞精密\t12000');
    expect(formatTsv([['第一行\n第二行', 'a\tb', '"好" 客户', '12" 屏幕']])).toBe('"第一行\n第二行"\t"a\tb"\t"""好"" 客户"\t"12"" 屏幕"');
  });

  it('closes a final single blank cell with \\r\\n so it survives a round trip', () => {
    expect(formatTsv([['']])).toBe('\r\n');
    expect(formatTsv([['a'], ['']])).toBe('a\r\n\r\n');
    expect(formatTsv([['', '']])).toBe('\t');
    expect(parseTsv(formatTsv([['']]))).toEqual([['']]);
  });

  it('writes nothing for no rows', () => {
    expect(formatTsv([])).toBe('');
  });

  it('round-trips through parseTsv for any rectangular matrix', () => {
    fc.assert(fc.property(rectangular, (cells) => {
      expect(parseTsv(formatTsv(cells))).toEqual(cells);
    }), { numRuns: 2000 });
  });

  it('round-trips ragged rows too, as long as every row has a cell', () => {
    const ragged = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(ragged, (cells) => {
      expect(parseTsv(formatTsv(cells))).toEqual(cells);
    }), { numRuns: 1000 });
  });
});

import { describe, expect, it } from 'vitest';
import { parseTsv } from './parseTsv.ts';

describe('parseTsv', () => {
  it('splits rows on \\r\\n and \\n and cells on tabs', () => {
    expect(parseTsv('客户\t跟进方式\r\n恒瑞精密\t电话\r\n')).toEqual([['客户', '跟进方式'], ['恒瑞精密', '电话']]);
    expect(parseTsv('a\tb\nc\td')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('treats a lone \\r as a row break (old Mac Excel)', () => {
    expect(parseTsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('does not add an empty row for the final newline, but keeps blank rows before it', () => {
    expect(parseTsv('a\r\n')).toEqual([['a']]);
    expect(parseTsv('a\r\n\r\n')).toEqual([['a'], ['']]);
    expect(parseTsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('reads nothing from empty text and one blank cell from Excel copying a blank cell', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTsv('\ta\t\r\n\t\t')).toEqual([['', 'a', ''], ['', '', '']]);
  });

  it('reads quoted multi-line cells as one cell', () => {
    const text = '恒瑞精密\t"第一次电话：\n对方要报价\r\n下周再联系"\t电话\r\n华星\t"x"\t微信\r\n';
    expect(parseTsv(text)).toEqual([
      ['恒瑞精密', '第一次电话：\n对方要报价\r\n下周再联系', '电话'],
      ['华星', 'x', '微信'],
    ]);
  });

  it('undoes doubled quotes and keeps tabs inside quoted cells', () => {
    expect(parseTsv('"""好"" 客户"\t"a\tb"')).toEqual([['"好" 客户', 'a\tb']]);
    expect(parseTsv('""\tx')).toEqual([['', 'x']]);
  });

  it('keeps a quote literally when the cell is not a proper quoted field', () => {
    // Typed text that never went through Excel's quoting.
    expect(parseTsv('"好" 客户\t电话')).toEqual([['"好" 客户', '电话']]);
    // An opening quote that is never closed must not swallow the rest of the paste.
    expect(parseTsv('"未闭合\tb\nc\td')).toEqual([['"未闭合', 'b'], ['c', 'd']]);
    expect(parseTsv('12" 屏幕\t"')).toEqual([['12" 屏幕', '"']]);
    expect(parseTsv('"a"b"\tc')).toEqual([['"a"b"', 'c']]);
  });

  it('keeps ragged rows as they are', () => {
    expect(parseTsv('a\tb\tc\nd\ne\tf')).toEqual([['a', 'b', 'c'], ['d'], ['e', 'f']]);
  });
});

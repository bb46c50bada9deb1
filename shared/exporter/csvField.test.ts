import { describe, expect, it } from 'vitest';
import { csvField } from './csvField.ts';

describe('csvField', () => {
  it('prefixes a quote to text a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(1)')).toBe("'=SUM(1)");
    expect(['+1', '-1', '@cmd'].map(csvField)).toEqual(["'+1", "'-1", "'@cmd"]);
    expect(csvField('\tx')).toBe("'\tx");
    // A leading CR also forces quoting, since the field then holds a line break.
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('quotes commas, quotes and line breaks only when present', () => {
    expect(csvField('张江, 上海')).toBe('"张江, 上海"');
    expect(csvField('说 "好"')).toBe('"说 ""好"""');
    expect(csvField('两行\n文本')).toBe('"两行\n文本"');
    expect(csvField('普通文本 a=b')).toBe('普通文本 a=b');
    expect(csvField('')).toBe('');
  });

  it('leaves numbers as numbers, negative ones too', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(12800.5)).toBe('12800.5');
  });
});

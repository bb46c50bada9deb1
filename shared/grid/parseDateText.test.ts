import { describe, expect, it } from 'vitest';
import { parseDateText } from './parseDateText.ts';

const today = '2025-03-15';
const parse = (text: string) => parseDateText(text, today);

describe('parseDateText', () => {
  it('reads full dates with / - . and 年月日 separators', () => {
    for (const text of ['2024/6/10', '2024-6-10', '2024-06-10', '2024.6.10', '2024年6月10日', '2024年06月10号', '2024 年 6 月 10 日', '2024年6月10']) {
      expect(parse(text), text).toBe('2024-06-10');
    }
  });

  it("gives month-day dates today's year", () => {
    for (const text of ['6月10日', '6月10号', '6/10', '6-10', '06-10', '6.10']) {
      expect(parse(text), text).toBe('2025-06-10');
    }
  });

  it('rejects two-digit years and US order instead of guessing', () => {
    expect(parse('24/6/10')).toBeNull();
    expect(parse('6/10/2024')).toBeNull();
    expect(parse('24-06-10')).toBeNull();
  });

  it('reads Excel serial numbers in the 1900 date system', () => {
    expect(parse('45453')).toBe('2024-06-10');
    expect(parse('1')).toBe('1900-01-01');
    expect(parse('59')).toBe('1900-02-28');
    expect(parse('61')).toBe('1900-03-01');
    expect(parse('2958465')).toBe('9999-12-31');
    expect(parse('45453.75')).toBe('2024-06-10');
  });

  it('rejects serials outside Excel’s range and the fake 1900-02-29', () => {
    expect(parse('60')).toBeNull();
    expect(parse('0')).toBeNull();
    expect(parse('2958466')).toBeNull();
  });

  it('reads 8-digit dates written without separators', () => {
    expect(parse('20240610')).toBe('2024-06-10');
    expect(parse('20241310')).toBeNull();
  });

  it('folds full-width digits and punctuation and ignores surrounding whitespace', () => {
    expect(parse('２０２４／６／１０')).toBe('2024-06-10');
    expect(parse('２０２４年６月１０日')).toBe('2024-06-10');
    expect(parse('  2024-06-10 \n')).toBe('2024-06-10');
    expect(parse('\u30002024/6/10\u3000')).toBe('2024-06-10');
  });

  it('drops a time or weekday after the date', () => {
    expect(parse('2024/6/10 14:30')).toBe('2024-06-10');
    expect(parse('2024-06-10T23:59:59')).toBe('2024-06-10');
    expect(parse('2024年6月10日下午2点')).toBe('2024-06-10');
    expect(parse('6月10日（周一）')).toBe('2025-06-10');
    expect(parse('2024-06-10 星期一')).toBe('2024-06-10');
  });

  it('rejects impossible dates', () => {
    expect(parse('2024/2/30')).toBeNull();
    expect(parse('2023-02-29')).toBeNull();
    expect(parse('2024/13/1')).toBeNull();
    expect(parse('2024/0/1')).toBeNull();
    expect(parse('2/30')).toBeNull();
    expect(parse('2.30')).toBeNull();
  });

  it('accepts leap days that exist', () => {
    expect(parse('2024/2/29')).toBe('2024-02-29');
    expect(parse('2/29')).toBeNull(); // 2025 is not a leap year
  });

  it('rejects text that is not a date', () => {
    for (const text of ['', '   ', 'abc', '下周一', '2024/6/10 abc', '2024/6/1014:30', '2024/6-10', '2024/6/10 25:00', '12345678901']) {
      expect(parse(text), text).toBeNull();
    }
  });
});

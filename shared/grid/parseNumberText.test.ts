import { describe, expect, it } from 'vitest';
import { parseNumberText } from './parseNumberText.ts';

describe('parseNumberText', () => {
  it('reads plain numbers, decimals and thousands separators', () => {
    expect(parseNumberText('12000')).toBe(12000);
    expect(parseNumberText('12,000')).toBe(12000);
    expect(parseNumberText('1,234,567.89')).toBe(1234567.89);
    expect(parseNumberText('0.5')).toBe(0.5);
    expect(parseNumberText('.5')).toBe(0.5);
    expect(parseNumberText('  3000 ')).toBe(3000);
  });

  it('drops currency marks and 元', () => {
    expect(parseNumberText('¥12,000.50')).toBe(12000.5);
    expect(parseNumberText('￥ 3000')).toBe(3000);
    expect(parseNumberText('12000元')).toBe(12000);
    expect(parseNumberText('RMB 5,000')).toBe(5000);
  });

  it('multiplies 万/千/亿 and w/k exactly', () => {
    expect(parseNumberText('3万')).toBe(30000);
    expect(parseNumberText('1.5万')).toBe(15000);
    expect(parseNumberText('1.1万')).toBe(11000);
    expect(parseNumberText('2千')).toBe(2000);
    expect(parseNumberText('1.2亿')).toBe(120000000);
    expect(parseNumberText('3.5w')).toBe(35000);
    expect(parseNumberText('5K')).toBe(5000);
    expect(parseNumberText('¥3万元')).toBe(30000);
  });

  it('folds full-width digits and punctuation', () => {
    expect(parseNumberText('１２，０００')).toBe(12000);
    expect(parseNumberText('１．５万')).toBe(15000);
    expect(parseNumberText('－５')).toBe(-5);
  });

  it('keeps the sign', () => {
    expect(parseNumberText('-5')).toBe(-5);
    expect(parseNumberText('+5')).toBe(5);
    expect(parseNumberText('¥-5')).toBe(-5);
    expect(parseNumberText('-¥5')).toBe(-5);
  });

  it('rejects text that is not a number', () => {
    for (const text of ['', '  ', 'abc', '万', '¥', '-', '1,2', '12,00', '1.2.3', '12 abc', '--5', '-¥-5', '3万万', '1e5', 'NaN', 'Infinity']) {
      expect(parseNumberText(text), text).toBeNull();
    }
  });
});

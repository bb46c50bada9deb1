import { describe, expect, it } from 'vitest';
import { parseDateTimeText } from './parseDateTimeText.ts';

const today = '2025-03-15';
const CHINA = 480;
/** Epoch ms of a Beijing wall-clock time. */
const beijing = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s) - CHINA * 60_000;
const parse = (text: string) => parseDateTimeText(text, today, CHINA);

describe('parseDateTimeText', () => {
  it('is local midnight when no time is given', () => {
    expect(parse('2024/6/10')).toBe(beijing(2024, 6, 10));
    expect(parse('2024年6月10日')).toBe(beijing(2024, 6, 10));
    expect(parse('6/10')).toBe(beijing(2025, 6, 10));
  });

  it('applies the team offset: local time = UTC + offset', () => {
    expect(parseDateTimeText('2024-06-10 08:00', today, 480)).toBe(Date.UTC(2024, 5, 10, 0, 0));
    expect(parseDateTimeText('2024-06-10 08:00', today, 0)).toBe(Date.UTC(2024, 5, 10, 8, 0));
    expect(parseDateTimeText('2024-06-10 08:00', today, -300)).toBe(Date.UTC(2024, 5, 10, 13, 0));
  });

  it('reads 24-hour times with and without seconds', () => {
    expect(parse('2024/6/10 14:30')).toBe(beijing(2024, 6, 10, 14, 30));
    expect(parse('2024-06-10 14:30:05')).toBe(beijing(2024, 6, 10, 14, 30, 5));
    expect(parse('2024-06-10T09:05')).toBe(beijing(2024, 6, 10, 9, 5));
    expect(parse('２０２４／６／１０　１４：３０')).toBe(beijing(2024, 6, 10, 14, 30));
  });

  it('reads Chinese times: 上午/下午, 点/分/秒, 半', () => {
    expect(parse('2024/6/10 下午2:30')).toBe(beijing(2024, 6, 10, 14, 30));
    expect(parse('2024年6月10日下午2点')).toBe(beijing(2024, 6, 10, 14));
    expect(parse('2024/6/10 上午9点')).toBe(beijing(2024, 6, 10, 9));
    expect(parse('2024/6/10 14点30分')).toBe(beijing(2024, 6, 10, 14, 30));
    expect(parse('2024/6/10 14点30分15秒')).toBe(beijing(2024, 6, 10, 14, 30, 15));
    expect(parse('6月10日 9点半')).toBe(beijing(2025, 6, 10, 9, 30));
    expect(parse('2024/6/10 晚上8点')).toBe(beijing(2024, 6, 10, 20));
    expect(parse('2024/6/10 中午12点')).toBe(beijing(2024, 6, 10, 12));
    expect(parse('2024/6/10 中午1点')).toBe(beijing(2024, 6, 10, 13));
    expect(parse('2024/6/10 下午14:30')).toBe(beijing(2024, 6, 10, 14, 30));
  });

  it('reads AM/PM', () => {
    expect(parse('2024/6/10 2:30 PM')).toBe(beijing(2024, 6, 10, 14, 30));
    expect(parse('2024/6/10 12:15 am')).toBe(beijing(2024, 6, 10, 0, 15));
    expect(parse('2024/6/10 12:15 pm')).toBe(beijing(2024, 6, 10, 12, 15));
  });

  it('reads Excel serials with a time fraction', () => {
    expect(parse('45453')).toBe(beijing(2024, 6, 10));
    expect(parse('45453.5')).toBe(beijing(2024, 6, 10, 12));
    // 14:30 as Excel stores it, a fraction that is not exact in binary.
    expect(parse(String(45453 + (14.5 / 24)))).toBe(beijing(2024, 6, 10, 14, 30));
  });

  it('rejects impossible times and dates', () => {
    for (const text of ['2024/6/10 24:00', '2024/6/10 14:60', '2024/6/10 14:30:60', '2024/6/10 上午14点', '2024/6/10 13:00 pm', '2024/2/30 10:00', '2024/6/10 14', '60', '24/6/10 10:00']) {
      expect(parse(text), text).toBeNull();
    }
  });
});

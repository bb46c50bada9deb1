import { describe, expect, it } from 'vitest';
import { phoneKeys } from './phoneKeys.ts';

describe('phoneKeys', () => {
  it('reduces a number to its digits, without China\u2019s country code on mobiles', () => {
    expect(phoneKeys('+86 138-0013-8000')).toEqual(['13800138000']);
    expect(phoneKeys('0086 13800138000')).toEqual(['13800138000']);
    expect(phoneKeys('138 0013 8000')).toEqual(['13800138000']);
    expect(phoneKeys('(021) 5555-6666')).toEqual(['02155556666']);
  });

  it('finds every number in a cell and ignores fragments', () => {
    expect(phoneKeys('13800138000，021-55556666 转 123')).toEqual(['13800138000', '02155556666']);
    expect(phoneKeys('13800138000 13900139000')).toEqual(['13800138000', '13900139000']);
    expect(phoneKeys('转 88')).toEqual([]);
  });
});

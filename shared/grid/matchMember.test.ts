import { describe, expect, it } from 'vitest';
import { matchMember } from './matchMember.ts';

const members = new Map([
  ['m1', { name: '王五' }],
  ['m2', { name: '王小明' }],
  ['m3', { name: '李 雷' }],
  ['m4', { name: 'Tom Chen' }],
  ['m5', { name: '王五一' }],
]);

describe('matchMember', () => {
  it('matches a name exactly, ignoring surrounding and inner spaces, width and case', () => {
    expect(matchMember('王五', members)).toBe('m1');
    expect(matchMember(' 王五\u3000', members)).toBe('m1');
    expect(matchMember('李雷', members)).toBe('m3');
    expect(matchMember('ｔｏｍ ｃｈｅｎ', members)).toBe('m4');
  });

  it('prefers an exact name over longer names starting with it', () => {
    expect(matchMember('王五', members)).toBe('m1'); // 王五一 also starts with 王五
  });

  it('accepts a prefix only when a single member has it', () => {
    expect(matchMember('王小', members)).toBe('m2');
    expect(matchMember('Tom', members)).toBe('m4');
    expect(matchMember('王', members)).toBeNull();
  });

  it('returns null for unknown, empty or ambiguous names', () => {
    expect(matchMember('韩梅梅', members)).toBeNull();
    expect(matchMember('', members)).toBeNull();
    const twins = new Map([['a', { name: '张伟' }], ['b', { name: '张伟' }]]);
    expect(matchMember('张伟', twins)).toBeNull();
  });
});

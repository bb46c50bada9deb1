import { describe, expect, it } from 'vitest';
import { methodActivity } from './methodActivity.ts';
import { filterOf, index, methods } from './testDashboard.ts';

describe('methodActivity', () => {
  it('counts the period’s follow-ups by 跟进方式 in the option list’s order, leaving out methods with none', () => {
    expect(methodActivity(index, filterOf(), methods).map((m) => [m.method, m.count])).toEqual([['phone', 4], ['wechat', 1], ['visit', 2], ['email', 1], ['video', 1]]);
    expect(methodActivity(index, filterOf('thisWeek', { memberId: 'b' }), methods).find((m) => m.method === 'phone')!.ids).toEqual(['f05', 'f08']);
  });

  it('keeps a method the list no longer has, after the listed ones', () => {
    expect(methodActivity(index, filterOf(), methods.filter((m) => m.id !== 'phone')).map((m) => m.method)).toEqual(['wechat', 'visit', 'email', 'video', 'phone']);
  });
});

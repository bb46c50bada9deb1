import { describe, expect, it } from 'vitest';
import { headerKey } from './headerKey.ts';

describe('headerKey', () => {
  it('reads titles the same whatever their width, case, spaces and required marks', () => {
    for (const title of ['客户名称', '客户名称 *', '*客户名称', '客户名称（必填）', '客户名称：', ' 客户 名称 ']) expect(headerKey(title)).toBe('客户名称');
    expect(headerKey('金额（元）')).toBe('金额(元)');
    expect(headerKey('Follow-up Date')).toBe('follow-update');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutKey } from './layoutKey.ts';

describe('layoutKey', () => {
  it('is the same for titles that read the same and differs when the layout changes', () => {
    expect(layoutKey(['客户名称 *', '跟进日期'])).toBe(layoutKey(['客户名称', '跟进日期：']));
    expect(layoutKey(['客户名称', '跟进日期'])).not.toBe(layoutKey(['跟进日期', '客户名称']));
    expect(layoutKey(['客户名称', '跟进日期'])).not.toBe(layoutKey(['客户名称', '跟进日期', '']));
    expect(layoutKey(['客户名称', '跟进日期']).length).toBeLessThanOrEqual(100);
  });
});

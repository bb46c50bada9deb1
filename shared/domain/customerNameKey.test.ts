import { describe, expect, it } from 'vitest';
import { customerNameKey } from './customerNameKey.ts';

describe('customerNameKey', () => {
  it('makes spellings of the same company collide', () => {
    const key = customerNameKey('苏州恒瑞精密机械有限公司');
    expect(key).toBe('苏州恒瑞精密机械');
    for (const variant of ['苏州恒瑞精密机械（股份有限公司）', '苏州恒瑞精密机械 有限责任公司', '苏州恒瑞精密机械股份有限公司', ' 苏州恒瑞精密机械　']) {
      expect(customerNameKey(variant)).toBe(key);
    }
  });

  it('folds full-width letters and digits and ignores case', () => {
    expect(customerNameKey('ＡＢＣ科技（上海）有限公司')).toBe(customerNameKey('abc科技(上海)有限公司'));
    expect(customerNameKey('华为１２３')).toBe('华为123');
  });

  it('keeps different companies apart', () => {
    expect(customerNameKey('苏州恒瑞精密机械有限公司')).not.toBe(customerNameKey('苏州恒瑞精密仪器有限公司'));
  });
});

import { describe, expect, it } from 'vitest';
import { rankChoices } from './rankChoices.ts';

const choices = ['苏州恒瑞精密机械有限公司', '恒瑞', '上海恒瑞医药', 'ＡＢＣ科技', '无锡华光'].map((label, i) => ({ id: `c${i}`, label }));

describe('rankChoices', () => {
  it('puts the exact label first, then prefixes, then other matches', () => {
    expect(rankChoices(choices, '恒瑞').map((c) => c.label)).toEqual(['恒瑞', '苏州恒瑞精密机械有限公司', '上海恒瑞医药']);
  });

  it('folds full-width letters and case, and trims the query', () => {
    expect(rankChoices(choices, ' abc ').map((c) => c.id)).toEqual(['c3']);
  });

  it('keeps the order for an empty query and caps the result', () => {
    expect(rankChoices(choices, '').map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(rankChoices(choices, '', 2)).toHaveLength(2);
    expect(rankChoices(choices, '不存在')).toEqual([]);
  });
});

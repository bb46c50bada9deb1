import { describe, expect, it } from 'vitest';
import { dealInputOf, parseDealInput } from './dealInput.ts';

describe('the deal form on a customer’s page', () => {
  it('shows the stored values as typed text and reads them back', () => {
    const input = dealInputOf({ shortName: '恒瑞', intent: 'high', winProbability: 0.35, needClarity: 'drawing', expectedAmount: 150000, expectedCloseDate: '2027-01-15' });
    expect(input).toEqual({ shortName: '恒瑞', intent: 'high', winProbability: '35', expectedAmount: '150000', expectedCloseDate: '2027-01-15', needClarity: 'drawing' });
    expect(parseDealInput(input)).toEqual({ ok: true, patch: { shortName: '恒瑞', intent: 'high', winProbability: 0.35, needClarity: 'drawing', expectedAmount: 150000, expectedCloseDate: '2027-01-15' } });
  });

  it('reads 60% and 15万; a cleared amount and date are removed', () => {
    const parsed = parseDealInput({ shortName: ' ', intent: '', winProbability: '60%', expectedAmount: '15万', expectedCloseDate: '', needClarity: 'none' });
    expect(parsed).toEqual({ ok: true, patch: { shortName: '', intent: '', winProbability: 0.6, needClarity: 'none', expectedAmount: 150000, expectedCloseDate: undefined } });
    const cleared = parseDealInput({ shortName: '', intent: '', winProbability: '', expectedAmount: '', expectedCloseDate: '', needClarity: 'none' });
    expect(cleared.ok && cleared.patch.expectedAmount).toBeUndefined();
  });

  it('says what to fix', () => {
    expect(parseDealInput({ shortName: '', intent: '', winProbability: '120', expectedAmount: '很多', expectedCloseDate: '明年', needClarity: 'none' })).toEqual({
      ok: false,
      errors: { winProbability: '成交概率请写 0 到 100 之间的数字，例如 60。', expectedAmount: '预计金额看不懂：请写数字，例如 150000 或 15万。', expectedCloseDate: '预计成交日期格式不对，请重新选择。' },
    });
  });
});

import type { CustomerDoc, Intent, NeedClarity } from '../db/schemas/customerSchema.ts';
import { parseNumberText } from '../grid/parseNumberText.ts';

/** The customer page's 编辑 form for the deal: what the rep judges and expects, as typed. */
export type DealInput = { shortName: string; intent: Intent; winProbability: string; expectedAmount: string; expectedCloseDate: string; needClarity: NeedClarity };
type DealFields = Pick<CustomerDoc, 'shortName' | 'intent' | 'winProbability' | 'needClarity'> & { expectedAmount?: number; expectedCloseDate?: string };
export type DealErrors = Partial<Record<keyof DealInput, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The form filled from the stored customer: 成交概率 as a percentage, the amount as digits. */
export const dealInputOf = (c: Pick<CustomerDoc, 'shortName' | 'intent' | 'winProbability' | 'needClarity'> & { expectedAmount?: number; expectedCloseDate?: string }): DealInput => ({
  shortName: c.shortName,
  intent: c.intent,
  winProbability: String(Math.round(c.winProbability * 100)),
  expectedAmount: c.expectedAmount === undefined ? '' : String(c.expectedAmount),
  expectedCloseDate: c.expectedCloseDate ?? '',
  needClarity: c.needClarity,
});

/**
 * The form as a customer patch, or what to fix per field (Chinese). 成交概率 is typed as a percentage (60 or
 * 60%); 预计金额 as 15万 or ¥150,000; a cleared amount or date is removed (undefined), not zeroed.
 */
export const parseDealInput = (input: DealInput): { ok: true; patch: DealFields } | { ok: false; errors: DealErrors } => {
  const errors: DealErrors = {};
  const shortName = input.shortName.trim();
  if (shortName.length > 60) errors.shortName = '简称最多 60 个字。';
  const percent = input.winProbability.trim() === '' ? 0 : parseNumberText(input.winProbability.replace(/[%％]$/, ''));
  if (percent === null || percent < 0 || percent > 100) errors.winProbability = '成交概率请写 0 到 100 之间的数字，例如 60。';
  const amount = input.expectedAmount.trim() === '' ? undefined : parseNumberText(input.expectedAmount);
  if (amount === null || (amount !== undefined && (amount < 0 || amount > 1e13))) errors.expectedAmount = '预计金额看不懂：请写数字，例如 150000 或 15万。';
  if (input.expectedCloseDate !== '' && !DATE.test(input.expectedCloseDate)) errors.expectedCloseDate = '预计成交日期格式不对，请重新选择。';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      shortName, intent: input.intent, winProbability: Math.round(percent ?? 0) / 100, needClarity: input.needClarity,
      expectedAmount: amount ?? undefined, expectedCloseDate: input.expectedCloseDate === '' ? undefined : input.expectedCloseDate,
    },
  };
};

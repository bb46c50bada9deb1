/** An amount as the reports show it: ¥150,000 (cents only when there are some). */
export const formatMoney = (amount: number): string => `¥${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

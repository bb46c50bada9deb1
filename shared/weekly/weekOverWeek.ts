/** DOMAIN.md 环比 = (this week − last week) ÷ last week; null ("—") when last week is 0. */
export const weekOverWeek = (thisWeek: number, lastWeek: number): number | null => (lastWeek === 0 ? null : (thisWeek - lastWeek) / lastWeek);

/** 完成率 = 实际 ÷ 目标; null ("—") without a target. */
export const completionRate = (actual: number, target: number | null): number | null => (target === null || target <= 0 ? null : actual / target);

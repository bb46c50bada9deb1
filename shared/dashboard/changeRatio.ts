/** 环比 (DOMAIN.md): (this − last) ÷ last; null when last is 0, shown as "—". */
export const changeRatio = (current: number, previous: number): number | null => (previous === 0 ? null : (current - previous) / previous);

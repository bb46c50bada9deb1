/** A 0…1 ratio as a whole percent (「45%」); null (nothing to divide) as a dash. */
export const formatRate = (rate: number | null, none = '—'): string => (rate === null ? none : `${Math.round(rate * 100)}%`);

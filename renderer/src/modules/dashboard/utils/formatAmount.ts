import type { TFunction } from 'i18next';

/** ¥ with thousands separators (「¥1,280,000」). */
export const formatYuan = (t: TFunction, value: number): string => t('dashboard.yuan', { value: Math.round(value).toLocaleString('en-US') });

const short = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** An axis label once amounts get large: 「128万」 in Chinese reports, 「1,280k」 in English. */
export const formatWan = (t: TFunction, value: number): string => {
  if (Math.abs(value) < 10_000) return String(Math.round(value));
  return t('dashboard.wan', { value: short(value / Number(t('dashboard.wanDivisor'))) });
};

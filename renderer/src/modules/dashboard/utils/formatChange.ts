import type { TFunction } from 'i18next';

/** 环比 in words: 「▲ 12%」, 「▼ 5%」, 「持平」, or 「—」 when last period was 0. */
export const formatChange = (t: TFunction, ratio: number | null): string => {
  if (ratio === null) return t('dashboard.change.none');
  const percent = Math.round(Math.abs(ratio) * 100);
  if (percent === 0) return t('dashboard.change.flat');
  return t(ratio > 0 ? 'dashboard.change.up' : 'dashboard.change.down', { percent });
};

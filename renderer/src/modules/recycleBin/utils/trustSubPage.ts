/** 回收站 and 审计 live under 团队设置 (#/settings/recycle-bin, #/settings/audit): the nav stays as it is. */
export const TRUST_PAGES = { recycleBin: '#/settings/recycle-bin', audit: '#/settings/audit' } as const;

export type TrustSubPage = keyof typeof TRUST_PAGES;

/** Which of the two a location hash opens, if any. */
export const trustSubPage = (hash: string): TrustSubPage | null => {
  const path = hash.split('?')[0];
  if (path === TRUST_PAGES.recycleBin) return 'recycleBin';
  if (path === TRUST_PAGES.audit) return 'audit';
  return null;
};

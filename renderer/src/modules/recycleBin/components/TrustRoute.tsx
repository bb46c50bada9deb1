import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustSubPage } from '../utils/trustSubPage.ts';
import { RecycleBinPage } from './RecycleBinPage.tsx';

// 审计 carries the Excel writer: loaded when an admin first opens it.
const AuditPage = lazy(async () => ({ default: (await import('../../audit/components/AuditPage.tsx')).AuditPage }));

/** #/settings/recycle-bin for everyone; #/settings/audit for admins only (the hub refuses others too). */
export const TrustRoute = ({ page, isAdmin }: { page: TrustSubPage; isAdmin: boolean }) => {
  const { t } = useTranslation();
  if (page === 'recycleBin') return <RecycleBinPage />;
  if (!isAdmin) return <p className="page muted">{t('audit.adminOnly')}</p>;
  return (
    <Suspense fallback={<p className="muted page-loading">{t('app.loadingPage')}</p>}>
      <AuditPage />
    </Suspense>
  );
};

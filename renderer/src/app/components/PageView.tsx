import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageId } from '../../../../shared/api/apiSchemas.ts';
import { FollowUpsPage } from '../../modules/followups/components/FollowUpsPage.tsx';
import { ReportsPage } from '../../modules/reports/components/ReportsPage.tsx';
import { TodayPage } from '../../modules/today/components/TodayPage.tsx';

/** A page loaded when first opened: its code (charts, Excel) stays out of the app's start. */
const later = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) => lazy(async () => ({ default: (await load())[name] }));

const pages: Record<PageId, ComponentType> = {
  today: TodayPage,
  followups: FollowUpsPage,
  customers: later(() => import('../../modules/customers/components/CustomersPage.tsx'), 'CustomersPage'),
  reports: ReportsPage,
  dashboard: later(() => import('../../modules/dashboard/components/DashboardPage.tsx'), 'DashboardPage'),
  importExport: later(() => import('../../modules/importExport/components/ImportExportPage.tsx'), 'ImportExportPage'),
  settings: later(() => import('../../modules/settings/components/SettingsPage.tsx'), 'SettingsPage'),
};

export const PageView = ({ page }: { page: PageId }) => {
  const { t } = useTranslation();
  const Page = pages[page];
  return (
    <Suspense fallback={<p className="muted page-loading">{t('app.loadingPage')}</p>}>
      <Page />
    </Suspense>
  );
};

import type { PageId } from '../../../../shared/api/apiSchemas.ts';
import { CustomersPage } from '../../modules/customers/components/CustomersPage.tsx';
import { DashboardPage } from '../../modules/dashboard/components/DashboardPage.tsx';
import { FollowUpsPage } from '../../modules/followups/components/FollowUpsPage.tsx';
import { ImportExportPage } from '../../modules/importExport/components/ImportExportPage.tsx';
import { ReportsPage } from '../../modules/reports/components/ReportsPage.tsx';
import { SettingsPage } from '../../modules/settings/components/SettingsPage.tsx';
import { TodayPage } from '../../modules/today/components/TodayPage.tsx';

const pages: Record<PageId, () => React.JSX.Element | null> = {
  today: TodayPage,
  followups: FollowUpsPage,
  customers: CustomersPage,
  reports: ReportsPage,
  dashboard: DashboardPage,
  importExport: ImportExportPage,
  settings: SettingsPage,
};

export const PageView = ({ page }: { page: PageId }) => {
  const Page = pages[page];
  return <Page />;
};

import { useTranslation } from 'react-i18next';

/** Shown while the follow-ups are read: numbers from a partial set would mislead. */
export const DashboardLoading = () => {
  const { t } = useTranslation();
  return (
    <div className="dashboard-loading" role="status">
      <span className="dashboard-spinner" aria-hidden="true" />
      {t('dashboard.loading')}
    </div>
  );
};

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { subtitle: string; children?: ReactNode };

/** The page's top: 看板 and what is shown; `children` sits on the right (room for a 看板 | 周报 switch). */
export const DashboardHeader = ({ subtitle, children }: Props) => {
  const { t } = useTranslation();
  return (
    <header className="page-header dashboard-header">
      <div>
        <h1>{t('dashboard.title')}</h1>
        <p className="dashboard-subtitle" data-testid="dashboard-subtitle">{subtitle}</p>
      </div>
      {children}
    </header>
  );
};

import { useTranslation } from 'react-i18next';
import { DashboardViewContext, type DashboardView } from '../utils/dashboardView.ts';
import { ConversionCard } from './ConversionCard.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { FunnelCard } from './FunnelCard.tsx';
import { KpiStrip } from './KpiStrip.tsx';
import { MethodsCard } from './MethodsCard.tsx';
import { OverdueCard } from './OverdueCard.tsx';
import { SubmissionCard } from './SubmissionCard.tsx';
import { TrendsCard } from './TrendsCard.tsx';

/**
 * The cards in a responsive 12-column grid: the numbers, then pipeline and trends, conversion beside
 * activity and 提交率, evidence and overdue; above them a note while they show the last snapshot.
 */
export const DashboardBoard = ({ view }: { view: DashboardView }) => {
  const { t } = useTranslation();
  return (
    <DashboardViewContext.Provider value={view}>
      {view.provisional && (
        <p className="dashboard-provisional" role="status" data-testid="dashboard-provisional">
          <span className="dashboard-spinner" aria-hidden="true" />
          {t('dashboard.provisional')}
        </p>
      )}
      <KpiStrip />
      <div className="dashboard-grid">
        <FunnelCard />
        <TrendsCard />
        <ConversionCard />
        <MethodsCard />
        <SubmissionCard />
        <EvidenceCard />
        <OverdueCard />
      </div>
    </DashboardViewContext.Provider>
  );
};

import { DashboardViewContext, type DashboardView } from '../utils/dashboardView.ts';
import { ConversionCard } from './ConversionCard.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { FunnelCard } from './FunnelCard.tsx';
import { KpiStrip } from './KpiStrip.tsx';
import { MethodsCard } from './MethodsCard.tsx';
import { OverdueCard } from './OverdueCard.tsx';
import { SubmissionCard } from './SubmissionCard.tsx';
import { TrendsCard } from './TrendsCard.tsx';

/** The cards in a responsive 12-column grid: the numbers, then pipeline and trends, conversion beside activity and 提交率, evidence and overdue. */
export const DashboardBoard = ({ view }: { view: DashboardView }) => (
  <DashboardViewContext.Provider value={view}>
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

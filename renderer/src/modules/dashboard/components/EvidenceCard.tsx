import { useTranslation } from 'react-i18next';
import { useEvidenceChart } from '../hooks/useEvidenceChart.ts';
import { EVIDENCE_ROW } from '../utils/evidenceModel.ts';
import { ChartCard } from './ChartCard.tsx';

/** 证据完整度: rep × stage, how much proof the customers' deals have (DOMAIN.md forecast). */
export const EvidenceCard = () => {
  const { t } = useTranslation();
  const { data, model } = useEvidenceChart();
  const height = Math.max(160, 90 + EVIDENCE_ROW * data.memberIds.length);
  return (
    <ChartCard chartId="evidence" className="dashboard-span-7" title={t('dashboard.evidence.title')} note={t('dashboard.evidence.note')} model={model} empty={t('dashboard.evidence.empty')} height={height} />
  );
};

import { useTranslation } from 'react-i18next';
import { evidenceNodes, evidenceWeights, type EvidenceNode } from '../../../../../shared/domain/evidence.ts';
import { COMMIT_MATURITY } from '../../../../../shared/domain/maturity.ts';

/** 成熟度 as a bar from 0 to 1, with a tick per evidence node at its weight and the commit line at 0.8. */
export const MaturityBar = ({ maturity, reached }: { maturity: number; reached: readonly EvidenceNode[] }) => {
  const { t } = useTranslation();
  return (
    <div className="cd-maturity">
      <div className="cd-maturity-head">
        <span>{t('customerDetail.evidence.maturity')}</span>
        <strong data-testid="customer-maturity">{maturity.toFixed(1)}</strong>
      </div>
      <div className="cd-maturity-track" role="progressbar" aria-label={t('customerDetail.evidence.maturity')} aria-valuemin={0} aria-valuemax={1} aria-valuenow={maturity} aria-valuetext={maturity.toFixed(1)}>
        <span className={maturity >= COMMIT_MATURITY ? 'cd-maturity-fill commit' : 'cd-maturity-fill'} style={{ width: `${maturity * 100}%` }} />
        <span className="cd-maturity-commit" style={{ left: `${COMMIT_MATURITY * 100}%` }} title={t('customerDetail.evidence.commitLine')} />
        {evidenceNodes.map((node) => (
          <span key={node} className={reached.includes(node) ? 'cd-maturity-tick reached' : 'cd-maturity-tick'} style={{ left: `${evidenceWeights[node] * 100}%` }} title={t(`customerDetail.evidence.nodes.${node}`)} />
        ))}
      </div>
    </div>
  );
};

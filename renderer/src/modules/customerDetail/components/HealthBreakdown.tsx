import { useTranslation } from 'react-i18next';
import type { HealthContributions } from '../../../../../shared/domain/healthScore.ts';

/** DOMAIN.md's weights: what each indicator can add at most. */
const MAX: Readonly<Record<keyof HealthContributions, number>> = { frequency: 30, needClarity: 25, decisionChain: 25, competitor: 20 };
const ORDER: (keyof HealthContributions)[] = ['frequency', 'needClarity', 'decisionChain', 'competitor'];

const points = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The health score's four contributions, each a bar out of its weight, so the grade explains itself. */
export const HealthBreakdown = ({ contributions }: { contributions: HealthContributions }) => {
  const { t } = useTranslation();
  return (
    <ul className="cd-health" aria-label={t('customerDetail.health.title')} data-testid="health-breakdown">
      {ORDER.map((key) => (
        <li key={key} title={t(`customerDetail.health.hint.${key}`)}>
          <span className="cd-health-label">{t(`customerDetail.health.${key}`)}</span>
          <span className="cd-health-track" aria-hidden="true">
            <span className="cd-health-fill" style={{ width: `${(contributions[key] / MAX[key]) * 100}%` }} />
          </span>
          <span className="cd-health-points">{t('customerDetail.health.points', { points: points(contributions[key]), max: MAX[key] })}</span>
        </li>
      ))}
    </ul>
  );
};

import { useTranslation } from 'react-i18next';

type Props = { label: string; first: boolean; last: boolean; onMove: (step: -1 | 1) => void };

/** ↑ ↓ for one item of an ordered list, each named for screen readers and tests (上移「成交金额」). */
export const MoveButtons = ({ label, first, last, onMove }: Props) => {
  const { t } = useTranslation();
  return (
    <span className="report-template-move">
      <button type="button" aria-label={t('reportTemplate.moveUp', { label })} title={t('reportTemplate.moveUp', { label })} disabled={first} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" aria-label={t('reportTemplate.moveDown', { label })} title={t('reportTemplate.moveDown', { label })} disabled={last} onClick={() => onMove(1)}>
        ↓
      </button>
    </span>
  );
};

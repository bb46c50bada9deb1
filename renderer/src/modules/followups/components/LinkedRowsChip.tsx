import { useTranslation } from 'react-i18next';
import type { LinkedRows } from '../hooks/useLinkedRows.ts';

type Props = { linked: LinkedRows; shown: number; onLeave: () => void };

/** Names the rows a link shows (its title, or 「N 条指定记录」); × returns to the view that was on show. */
export const LinkedRowsChip = ({ linked, shown, onLeave }: Props) => {
  const { t } = useTranslation();
  const name = linked.title ?? t('today.gridLink.count', { count: linked.count });
  return (
    <div className="filter-chips" data-testid="linked-rows">
      <span className="filter-chip linked-rows-chip">
        {t('today.gridLink.chip', { name })}
        <button type="button" aria-label={t('today.gridLink.leave', { name })} title={t('today.gridLink.leave', { name })} onClick={onLeave}>×</button>
      </span>
      {shown < linked.count ? <span className="muted linked-rows-note">{t('today.gridLink.someGone', { count: linked.count - shown })}</span> : null}
    </div>
  );
};

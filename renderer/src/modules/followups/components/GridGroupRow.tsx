import { useTranslation } from 'react-i18next';
import type { GridGroup } from '../../../../../shared/grid/groupRows.ts';

type Props = { group: GridGroup; collapsed: boolean; top: number; onToggle: (key: string) => void };

const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });

/** A group's header line: its value, how many rows and the sum of their amounts; click to fold. */
export const GridGroupRow = ({ group, collapsed, top, onToggle }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="grid-row grid-group-row" role="row" style={{ top }} data-testid="grid-group">
      <button className="grid-group-toggle" aria-expanded={!collapsed} onClick={() => onToggle(group.key)}>
        <span className="grid-group-caret">{collapsed ? '▸' : '▾'}</span>
        <strong>{group.key === '' ? t('grid.empty') : group.label}</strong>
        <span className="grid-group-stats">{t('grid.groupStats', { count: group.count, amount: yuan.format(group.amountSum) })}</span>
      </button>
    </div>
  );
};

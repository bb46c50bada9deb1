import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupBy } from '../../../../../shared/grid/gridTypes.ts';
import type { GridActions } from '../hooks/useGridActions.ts';

type Props = {
  search: string;
  onSearch: (text: string) => void;
  groupBy: GroupBy | null;
  onGroupBy: (groupBy: GroupBy | null) => void;
  onColumns: () => void;
  /** 新增 / 复制 / 删除 or 恢复, depending on the view. */
  rowButtons: ReactNode;
  exportMenu: ReactNode;
  actions: GridActions;
  count: string;
};

const groupOptions = ['none', 'ownerId', 'stage', 'status', 'customerId'] as const;

/** The row under the view tabs: search, grouping, columns, row actions, undo/redo and the row count. */
export const GridToolbar = ({ search, onSearch, groupBy, onGroupBy, onColumns, rowButtons, exportMenu, actions, count }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="grid-toolbar" role="toolbar">
      <input className="grid-search" type="search" placeholder={t('grid.search')} aria-label={t('grid.search')} value={search} onChange={(e) => onSearch(e.target.value)} />
      <select className="grid-group-select" aria-label={t('grid.groupBy')} value={groupBy ?? 'none'} onChange={(e) => onGroupBy(e.target.value === 'none' ? null : (e.target.value as GroupBy))}>
        {groupOptions.map((g) => (
          <option key={g} value={g}>{t(`grid.groupOptions.${g}`)}</option>
        ))}
      </select>
      <button onClick={onColumns}>{t('grid.columnsButton')}</button>
      {rowButtons}
      <button disabled={!actions.canUndo} onClick={() => void actions.undo()}>{t('grid.undo')}</button>
      <button disabled={!actions.canRedo} onClick={() => void actions.redo()}>{t('grid.redo')}</button>
      {exportMenu}
      <span className="grid-count" data-testid="grid-count">{count}</span>
    </div>
  );
};

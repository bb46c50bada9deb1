import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerActions } from '../hooks/useCustomerActions.ts';

type Props = {
  search: string;
  onSearch: (text: string) => void;
  onColumns: () => void;
  inTrash: boolean;
  selected: number;
  /** Two rows selected: 合并所选 opens the merge. */
  onMerge: () => void;
  onTrash: (trashed: boolean) => void;
  actions: CustomerActions;
  count: string;
  /** 导出客户跟进报告 of the selection. */
  exportButton?: ReactNode;
};

/** Under the tabs: quick search, columns, merge or delete the selected rows, undo/redo and the count (the follow-up grid's toolbar). */
export const CustomerToolbar = ({ search, onSearch, onColumns, inTrash, selected, onMerge, onTrash, actions, count, exportButton }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="grid-toolbar" role="toolbar">
      <input className="grid-search" type="search" placeholder={t('customers.search')} aria-label={t('customers.search')} value={search} onChange={(e) => onSearch(e.target.value)} />
      <button onClick={onColumns}>{t('grid.columnsButton')}</button>
      {inTrash ? (
        <button disabled={selected === 0} onClick={() => onTrash(false)}>{t('customers.restoreSelected')}</button>
      ) : (
        <>
          <button disabled={selected !== 2} title={selected !== 2 ? t('customers.refusals.selectTwo') : undefined} onClick={onMerge}>{t('customers.mergeSelected')}</button>
          <button disabled={selected === 0} onClick={() => onTrash(true)}>{t('customers.trashSelected')}</button>
          {exportButton}
        </>
      )}
      <button disabled={!actions.canUndo} onClick={() => void actions.undo()}>{t('customers.undo')}</button>
      <button disabled={!actions.canRedo} onClick={() => void actions.redo()}>{t('customers.redo')}</button>
      <span className="grid-count" data-testid="customer-count">{count}</span>
    </div>
  );
};

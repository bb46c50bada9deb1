import { useTranslation } from 'react-i18next';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import type { GridActions } from '../hooks/useGridActions.ts';
import { duplicableFields } from '../utils/duplicableFields.ts';

type Props = {
  inTrash: boolean;
  selectedIds: readonly string[];
  selectedRow: GridRow | undefined;
  actions: GridActions;
  /** Adds a row with these values, placed after `afterId` (null: on top). */
  onAdd: (values: Partial<GridRow>, afterId: string | null) => void;
  onDetail: (id: string) => void;
  onMessage: (message: string) => void;
};

/** 详情, then 新增 / 复制 / 删除 — or 恢复 in the 回收站. */
export const RowButtons = ({ inTrash, selectedIds, selectedRow, actions, onAdd, onDetail, onMessage }: Props) => {
  const { t } = useTranslation();
  const trash = (trashed: boolean) =>
    void actions.trash(selectedIds, trashed).then(() => onMessage(t(trashed ? 'grid.trashed' : 'grid.restored', { count: selectedIds.length })));
  return (
    <>
      <button disabled={!selectedRow} onClick={() => selectedRow && onDetail(selectedRow.id)}>{t('grid.detail')}</button>
      {inTrash ? (
        <button onClick={() => trash(false)}>{t('grid.restoreRows')}</button>
      ) : (
        <>
          <button onClick={() => onAdd({}, null)}>{t('grid.addRow')}</button>
          <button disabled={!selectedRow} onClick={() => selectedRow && onAdd(duplicableFields(selectedRow), selectedRow.id)}>{t('grid.duplicateRow')}</button>
          <button onClick={() => trash(true)}>{t('grid.trashRows')}</button>
        </>
      )}
    </>
  );
};

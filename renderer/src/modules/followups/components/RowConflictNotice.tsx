import { useTranslation } from 'react-i18next';
import type { GridColumn, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { fieldLabel } from '../utils/fieldLabel.ts';

type Props = { row: GridRow; columns: readonly GridColumn[]; onResolve: () => void };

/** An unresolved same-field conflict on this row, with the way to the dialog that settles it. */
export const RowConflictNotice = ({ row, columns, onResolve }: Props) => {
  const { t } = useTranslation();
  if (row.conflicts.length === 0) return null;
  const fields = [...new Set(row.conflicts.map((c) => fieldLabel(t, columns, c.field)))].join(t('grid.filters.separator'));
  return (
    <div className="row-detail-conflict" role="alert">
      <span>{t('rowDetail.conflict', { count: row.conflicts.length, fields })}</span>
      <button type="button" className="button primary" onClick={onResolve}>
        {t('rowDetail.resolve')}
      </button>
    </div>
  );
};

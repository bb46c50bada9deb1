import { useTranslation } from 'react-i18next';
import type { ColumnFilter, GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { columnLabel } from '../utils/columnLabel.ts';
import { describeFilter } from '../utils/describeFilter.ts';

type Props = { filters: ColumnFilter[]; columns: readonly GridColumn[]; lookups: GridLookups; onChange: (filters: ColumnFilter[]) => void };

/** The view's filters as chips above the grid: what is hidden is never a mystery, and one click removes it. */
export const FilterChips = ({ filters, columns, lookups, onChange }: Props) => {
  const { t } = useTranslation();
  if (filters.length === 0) return null;
  return (
    <div className="filter-chips" data-testid="filter-chips">
      {filters.map((f) => {
        const column = columns.find((c) => c.id === f.column);
        if (!column) return null;
        const label = columnLabel(t, column);
        return (
          <span key={f.column} className="filter-chip">
            {t('grid.filters.chip', { column: label, value: describeFilter(t, f, column, lookups) })}
            <button type="button" aria-label={t('grid.filters.remove', { column: label })} onClick={() => onChange(filters.filter((x) => x !== f))}>×</button>
          </span>
        );
      })}
      <button type="button" className="link" onClick={() => onChange([])}>{t('grid.filters.clearAll')}</button>
    </div>
  );
};

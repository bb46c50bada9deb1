import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnLayout } from '../../../../../shared/grid/applyColumnLayout.ts';
import type { GridColumn } from '../../../../../shared/grid/gridTypes.ts';
import { defaultViewState } from '../../../../../shared/grid/viewStateSchema.ts';
import { useDismiss } from '../hooks/useDismiss.ts';
import { columnLabel } from '../utils/columnLabel.ts';

type Props = { allColumns: readonly GridColumn[]; layout: ColumnLayout; onChange: (layout: ColumnLayout) => void; onClose: () => void };

/** Which columns show; the first (客户) always does, it names the row. */
export const ColumnsPanel = ({ allColumns, layout, onChange, onClose }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, onClose);
  const hidden = new Set(layout.hidden);
  const toggle = (id: string) => onChange({ ...layout, hidden: hidden.has(id) ? layout.hidden.filter((h) => h !== id) : [...layout.hidden, id] });
  return (
    <div ref={ref} className="columns-panel" role="dialog" aria-label={t('grid.columnsTitle')}>
      <p className="filter-note">{t('grid.columnsTitle')}</p>
      <ul>
        {allColumns.map((c, i) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" disabled={i === 0} checked={!hidden.has(c.id)} onChange={() => toggle(c.id)} />
              {columnLabel(t, c)}
            </label>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange(defaultViewState().columns)}>{t('grid.columnsReset')}</button>
    </div>
  );
};

import { useTranslation } from 'react-i18next';
import type { GridColumn, SortSpec } from '../../../../../shared/grid/gridTypes.ts';

type Props = { columns: readonly GridColumn[]; lefts: readonly number[]; sort: SortSpec[]; onSort: (sort: SortSpec[]) => void; hint: string };

/** Click: sort by this column (ascending → descending → off). Shift+click: add it to the sort. */
const nextSort = (sort: SortSpec[], column: string, multi: boolean): SortSpec[] => {
  const current = sort.find((s) => s.column === column);
  const others = multi ? sort.filter((s) => s.column !== column) : [];
  if (!current) return [...others, { column, desc: false }];
  if (!current.desc) return multi ? sort.map((s) => (s.column === column ? { column, desc: true } : s)) : [{ column, desc: true }];
  return others;
};

/** Sticky header row; the first column stays put while scrolling sideways. */
export const GridHeader = ({ columns, lefts, sort, onSort, hint }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="grid-header" role="row">
      <div className="grid-corner" role="columnheader" />
      {columns.map((c, i) => {
        const s = sort.find((x) => x.column === c.id);
        const order = sort.length > 1 && s ? sort.indexOf(s) + 1 : '';
        const style = { left: lefts[i], width: c.width };
        return (
          <div
            key={c.id}
            role="columnheader"
            className={`grid-hcell${i === 0 ? ' grid-frozen' : ''}`}
            style={style}
            title={hint}
            aria-sort={s ? (s.desc ? 'descending' : 'ascending') : 'none'}
            onClick={(e) => onSort(nextSort(sort, c.id, e.shiftKey))}
          >
            {c.labelKey ? t(c.labelKey as never) : c.label}
            {s ? <span className="grid-sort">{s.desc ? '▼' : '▲'}{order}</span> : null}
          </div>
        );
      })}
    </div>
  );
};

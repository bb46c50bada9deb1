import { useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn, SortSpec } from '../../../../../shared/grid/gridTypes.ts';

export type HeaderCallbacks = {
  onSort: (sort: SortSpec[]) => void;
  /** Opens the column's menu (sort, filter, hide, freeze) under its header cell. */
  onMenu: (columnId: string, anchor: DOMRect) => void;
  onResize: (columnId: string, width: number) => void;
  /** A header dropped on another: move `columnId` before `beforeId`. */
  onMove: (columnId: string, beforeId: string) => void;
};

type Props = HeaderCallbacks & { columns: readonly GridColumn[]; lefts: readonly number[]; frozen: number; sort: SortSpec[]; filtered: ReadonlySet<string> };

const MIN_WIDTH = 48;

/** Click: sort by this column (ascending → descending → off). Shift+click: add it to the sort. */
const nextSort = (sort: SortSpec[], column: string, multi: boolean): SortSpec[] => {
  const current = sort.find((s) => s.column === column);
  const others = multi ? sort.filter((s) => s.column !== column) : [];
  if (!current) return [...others, { column, desc: false }];
  if (!current.desc) return multi ? sort.map((s) => (s.column === column ? { column, desc: true } : s)) : [{ column, desc: true }];
  return others;
};

/** Drags the header's right edge; the width is written once, when the mouse is released. */
const startResize = (e: ReactMouseEvent, column: GridColumn, setLive: (w: number | null) => void, onResize: (id: string, w: number) => void) => {
  e.preventDefault();
  e.stopPropagation();
  const x0 = e.clientX;
  const widthAt = (x: number) => Math.max(MIN_WIDTH, Math.round(column.width + x - x0));
  const move = (ev: MouseEvent) => setLive(widthAt(ev.clientX));
  const up = (ev: MouseEvent) => {
    window.removeEventListener('mousemove', move);
    window.removeEventListener('mouseup', up);
    setLive(null);
    onResize(column.id, widthAt(ev.clientX));
  };
  window.addEventListener('mousemove', move);
  window.addEventListener('mouseup', up);
};

/**
 * Press on a header and move sideways to carry the column; released over another header, it goes
 * before that one. `onDrop` gets the header under the pointer, or null. Without movement it is a click.
 */
const startCarry = (e: ReactMouseEvent, setCarried: (carrying: boolean) => void, onDrop: (over: Element | null, at: number) => void) => {
  if (e.button !== 0) return;
  const x0 = e.clientX;
  let carrying = false;
  const move = (ev: MouseEvent) => {
    if (!carrying && Math.abs(ev.clientX - x0) > 6) setCarried((carrying = true));
  };
  const up = (ev: MouseEvent) => {
    window.removeEventListener('mousemove', move);
    window.removeEventListener('mouseup', up);
    if (!carrying) return;
    setCarried(false);
    onDrop(document.elementFromPoint(ev.clientX, ev.clientY)?.closest('[data-column-id]') ?? null, ev.timeStamp);
  };
  window.addEventListener('mousemove', move);
  window.addEventListener('mouseup', up);
};

/** Sticky header row; frozen columns stay put while scrolling sideways. Drag a header to move it, its edge to size it. */
export const GridHeader = ({ columns, lefts, frozen, sort, filtered, onSort, onMenu, onResize, onMove }: Props) => {
  const { t } = useTranslation();
  const [live, setLive] = useState<{ id: string; width: number } | null>(null);
  const [carried, setCarried] = useState<string | null>(null);
  // The click that ends a carry is not a sort.
  const carriedAt = useRef(-Infinity);
  const carry = (e: ReactMouseEvent, id: string) =>
    startCarry(e, (on) => setCarried(on ? id : null), (over, at) => {
      carriedAt.current = at;
      const beforeId = over?.getAttribute('data-column-id');
      if (beforeId && beforeId !== id) onMove(id, beforeId);
    });
  return (
    <div className="grid-header" role="row">
      <div className="grid-corner" role="columnheader" />
      {columns.map((c, i) => {
        const s = sort.find((x) => x.column === c.id);
        const order = sort.length > 1 && s ? sort.indexOf(s) + 1 : '';
        const width = live?.id === c.id ? live.width : c.width;
        return (
          <div
            key={c.id}
            role="columnheader"
            className={`grid-hcell${i < frozen ? ' grid-frozen' : ''}${carried === c.id ? ' grid-hcell-carried' : ''}`}
            data-column-id={c.id}
            style={{ left: lefts[i], width }}
            title={t('grid.sortHint')}
            aria-sort={s ? (s.desc ? 'descending' : 'ascending') : 'none'}
            onMouseDown={(e) => carry(e, c.id)}
            onClick={(e) => e.timeStamp - carriedAt.current > 100 && onSort(nextSort(sort, c.id, e.shiftKey))}
          >
            <span className="grid-hlabel">{c.labelKey ? t(c.labelKey as never) : c.label}</span>
            {s ? <span className="grid-sort">{s.desc ? '▼' : '▲'}{order}</span> : null}
            <button
              className={`grid-hmenu${filtered.has(c.id) ? ' grid-hmenu-filtered' : ''}`}
              aria-label={t('grid.columnMenu', { column: c.labelKey ? t(c.labelKey as never) : c.label })}
              onClick={(e) => (e.stopPropagation(), onMenu(c.id, e.currentTarget.parentElement!.getBoundingClientRect()))}
            >
              {filtered.has(c.id) ? (
                <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
                  <path d="M0.5 1h9L6 5.2V9L4 8V5.2z" fill="currentColor" />
                </svg>
              ) : (
                '▾'
              )}
            </button>
            <span className="grid-resize" onMouseDown={(e) => startResize(e, { ...c, width }, (w) => setLive(w === null ? null : { id: c.id, width: w }), onResize)} onClick={(e) => e.stopPropagation()} />
          </div>
        );
      })}
    </div>
  );
};

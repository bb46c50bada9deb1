import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { selectCell, selectionRange, type CellRange, type GridSelection } from '../utils/gridSelection.ts';

/** A mouse drag in progress: extending the selection, or pulling the fill handle down to row `to`. */
export type GridDrag = { mode: 'select' } | { mode: 'fill'; to: number };

/**
 * The grid's mouse: press and drag to select a range, pull the fill handle to repeat the selection
 * down (Excel's copy fill). `fillRows(range, height, from, to)` writes the fill.
 */
export const useGridPointer = (
  sel: GridSelection,
  setSel: Dispatch<SetStateAction<GridSelection>>,
  fillRows: (range: CellRange, height: number, from: number, to: number) => void,
) => {
  const [drag, setDrag] = useState<GridDrag | null>(null);
  /** The fill handle let go at row `to`: the selected block repeated down to it, then selected with it. */
  const finishFill = (to: number) => {
    const r = selectionRange(sel);
    if (to <= r.bottom) return;
    fillRows(r, r.bottom - r.top + 1, r.bottom + 1, to);
    setSel({ anchor: { row: r.top, col: r.left }, focus: { row: to, col: r.right } });
  };

  const onCellMouseDown = (row: number, col: number, shift: boolean) => {
    setSel((s) => (shift ? { anchor: s.anchor, focus: { row, col } } : selectCell({ row, col })));
    setDrag({ mode: 'select' });
  };
  const onCellEnter = (row: number, col: number) => {
    if (drag?.mode === 'select') setSel((s) => ({ anchor: s.anchor, focus: { row, col } }));
    else if (drag?.mode === 'fill' && drag.to !== row) setDrag({ mode: 'fill', to: row });
  };
  const startFill = () => setDrag({ mode: 'fill', to: selectionRange(sel).bottom });
  // The button may be released anywhere, even outside the grid.
  useEffect(() => {
    if (!drag) return;
    const up = () => {
      setDrag(null);
      if (drag.mode === 'fill') finishFill(drag.to);
    };
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  });
  return { drag, onCellMouseDown, onCellEnter, startFill };
};

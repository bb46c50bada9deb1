/** A cell by its position in the current view: row index in the view, column index among visible columns. */
export type CellPos = { row: number; col: number };

/** Excel's selection: the anchor where it started and the focus (the active cell) where it ends. */
export type GridSelection = { anchor: CellPos; focus: CellPos };

export type CellRange = { top: number; bottom: number; left: number; right: number };

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/** Moves the active cell; with `extend` (Shift) the anchor stays and the range grows. */
export const moveSelection = (sel: GridSelection, dRow: number, dCol: number, extend: boolean, rows: number, cols: number): GridSelection => {
  const focus = { row: clamp(sel.focus.row + dRow, rows - 1), col: clamp(sel.focus.col + dCol, cols - 1) };
  return { anchor: extend ? sel.anchor : focus, focus };
};

export const selectCell = (pos: CellPos): GridSelection => ({ anchor: pos, focus: pos });

export const selectionRange = ({ anchor, focus }: GridSelection): CellRange => ({
  top: Math.min(anchor.row, focus.row),
  bottom: Math.max(anchor.row, focus.row),
  left: Math.min(anchor.col, focus.col),
  right: Math.max(anchor.col, focus.col),
});

export const inRange = (r: CellRange, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/**
 * The selection moved with its rows when the view's rows change: each end goes to the new index of the
 * row it was on, or stays at its index (clamped) when that row left the view.
 */
export const followRows = (sel: GridSelection, before: readonly string[], after: readonly string[]): GridSelection => {
  const follow = (pos: CellPos): CellPos => {
    const id = before[pos.row];
    const at = id === undefined ? -1 : after.indexOf(id);
    return { row: at >= 0 ? at : Math.max(0, Math.min(pos.row, after.length - 1)), col: pos.col };
  };
  return { anchor: follow(sel.anchor), focus: follow(sel.focus) };
};

import { describe, expect, it } from 'vitest';
import { followRows, inRange, moveSelection, selectCell, selectionRange } from './gridSelection.ts';

describe('grid selection', () => {
  it('moves the active cell and stays inside the grid', () => {
    const sel = moveSelection(selectCell({ row: 0, col: 0 }), -1, 5, false, 10, 3);
    expect(sel).toEqual({ anchor: { row: 0, col: 2 }, focus: { row: 0, col: 2 } });
  });

  it('grows a range with Shift from the anchor, in any direction', () => {
    const sel = moveSelection(moveSelection(selectCell({ row: 5, col: 2 }), -2, 0, true, 10, 5), 0, -1, true, 10, 5);
    expect(selectionRange(sel)).toEqual({ top: 3, bottom: 5, left: 1, right: 2 });
    expect(inRange(selectionRange(sel), 4, 1)).toBe(true);
    expect(inRange(selectionRange(sel), 6, 1)).toBe(false);
  });
});

describe('followRows', () => {
  it('keeps the selection on its rows when a row is added above or removed', () => {
    const sel = { anchor: { row: 1, col: 2 }, focus: { row: 2, col: 3 } };
    expect(followRows(sel, ['a', 'b', 'c'], ['new', 'a', 'b', 'c'])).toEqual({ anchor: { row: 2, col: 2 }, focus: { row: 3, col: 3 } });
    expect(followRows(sel, ['a', 'b', 'c'], ['a', 'c'])).toEqual({ anchor: { row: 1, col: 2 }, focus: { row: 1, col: 3 } });
  });

  it('clamps to the last row when its row is gone and the view shrank', () => {
    expect(followRows(selectCell({ row: 5, col: 0 }), ['a', 'b', 'c', 'd', 'e', 'f'], ['a'])).toEqual(selectCell({ row: 0, col: 0 }));
  });
});

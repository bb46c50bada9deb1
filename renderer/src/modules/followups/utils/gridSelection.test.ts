import { describe, expect, it } from 'vitest';
import { inRange, moveSelection, selectCell, selectionRange } from './gridSelection.ts';

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

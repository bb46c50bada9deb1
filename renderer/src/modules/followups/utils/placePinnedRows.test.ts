import { describe, expect, it } from 'vitest';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { placePinnedRows } from './placePinnedRows.ts';

const rows = new Map(['a', 'b', 'c', 'n1', 'n2', 'gone'].map((id) => [id, { id, trashed: id === 'gone' } as GridRow]));

describe('placePinnedRows', () => {
  it('puts pasted rows right under the row they were appended after, in paste order', () => {
    expect(placePinnedRows(['n2', 'n1', 'a', 'b', 'c'], { ids: ['n1', 'n2'], afterId: 'c' }, rows)).toEqual(['a', 'b', 'c', 'n1', 'n2']);
  });

  it('keeps a new row on top even when the view’s filter leaves it out', () => {
    expect(placePinnedRows(['a', 'b'], { ids: ['n1'], afterId: null }, rows)).toEqual(['n1', 'a', 'b']);
  });

  it('leaves trashed pinned rows out, and appends when the anchor row is gone', () => {
    expect(placePinnedRows(['a', 'gone'], { ids: ['gone', 'n1'], afterId: 'x' }, rows)).toEqual(['a', 'n1']);
  });
});

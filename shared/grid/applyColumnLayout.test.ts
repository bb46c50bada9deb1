import { describe, expect, it } from 'vitest';
import { applyColumnLayout } from './applyColumnLayout.ts';
import { gridColumns } from './followUpColumns.ts';
import { moveColumn } from './moveColumn.ts';
import { defaultViewState } from './viewStateSchema.ts';

const all = gridColumns([]);
const ids = all.map((c) => c.id);
const layout = defaultViewState().columns;

describe('applyColumnLayout', () => {
  it('shows every column in natural order by default, the first one frozen', () => {
    const { columns, frozen } = applyColumnLayout(all, layout);
    expect(columns.map((c) => c.id)).toEqual(ids);
    expect(frozen).toBe(1);
  });

  it('orders, hides and sizes columns; unknown ids are ignored; unordered columns follow', () => {
    const { columns } = applyColumnLayout(all, { order: ['summary', 'gone', 'customerId'], hidden: ['remark', 'gone'], widths: { summary: 400 }, frozen: 2 });
    expect(columns.slice(0, 2).map((c) => c.id)).toEqual(['summary', 'customerId']);
    expect(columns.map((c) => c.id)).not.toContain('remark');
    expect(columns).toHaveLength(ids.length - 1);
    expect(columns[0]?.width).toBe(400);
    expect(columns[1]?.width).toBe(all[0]?.width);
  });

  it('never freezes more columns than it shows', () => {
    expect(applyColumnLayout(all.slice(0, 2), { ...layout, frozen: 9 }).frozen).toBe(2);
  });
});

describe('moveColumn', () => {
  it('moves a column before another and writes out the whole order', () => {
    const moved = moveColumn(layout, ids, 'remark', 'customerId');
    expect(moved.order[0]).toBe('remark');
    expect(moved.order).toHaveLength(ids.length);
    expect(new Set(moved.order)).toEqual(new Set(ids));
  });

  it('moves to the end with null, and leaves the layout alone for unknown ids', () => {
    expect(moveColumn(layout, ids, 'customerId', null).order.at(-1)).toBe('customerId');
    expect(moveColumn(layout, ids, 'nope', 'customerId')).toBe(layout);
    expect(moveColumn(layout, ids, 'summary', 'nope')).toBe(layout);
  });
});

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortSpec } from '../../../../../shared/grid/gridTypes.ts';
import type { GridActions } from '../hooks/useGridActions.ts';
import { useGridController, type GridModel } from '../hooks/useGridController.ts';
import { columnOffsets } from '../utils/columnOffsets.ts';
import { selectCell, selectionRange } from '../utils/gridSelection.ts';
import { GridHeader } from './GridHeader.tsx';
import { GridRowView } from './GridRowView.tsx';

type Props = {
  model: GridModel;
  actions: GridActions;
  sort: SortSpec[];
  onSort: (sort: SortSpec[]) => void;
  onSelectedIds: (ids: string[]) => void;
  notify: (count: number, first: string) => void;
  /** A row to make active once it is in the view (a row just added), then `onFocused`. */
  focusId: string | null;
  onFocused: () => void;
};

const ROW_HEIGHT = 32;
const ROW_NUMBER_WIDTH = 48;

/** The 销售跟进表: a virtualized spreadsheet over the view's rows; only the visible rows are in the DOM. */
export const FollowUpGrid = ({ model, actions, sort, onSort, onSelectedIds, notify, focusId, onFocused }: Props) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const catcherRef = useRef<HTMLTextAreaElement>(null);
  const grid = useGridController(model, actions, notify);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual hands out new functions each render; this component is not compiler-memoized
  const virtualizer = useVirtualizer({ count: model.ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const range = selectionRange(grid.sel);
  const width = model.columns.reduce((sum, c) => sum + c.width, ROW_NUMBER_WIDTH);
  const lefts = columnOffsets(model.columns.map((c) => c.width), ROW_NUMBER_WIDTH);

  useEffect(() => {
    virtualizer.scrollToIndex(grid.sel.focus.row);
  }, [grid.sel.focus.row, virtualizer]);
  const { setSel } = grid;
  useEffect(() => {
    const index = focusId ? model.ids.indexOf(focusId) : -1;
    if (index < 0) return;
    setSel(selectCell({ row: index, col: 0 }));
    onFocused();
  }, [focusId, model.ids, setSel, onFocused]);
  useEffect(() => {
    onSelectedIds(model.ids.slice(range.top, range.bottom + 1));
  }, [range.top, range.bottom, model.ids, onSelectedIds]);
  // Back to the key catcher after an editor closes, so the keyboard (and the IME) keeps working.
  useEffect(() => {
    if (!grid.editing) catcherRef.current?.focus({ preventScroll: true });
  }, [grid.editing]);
  /** Text typed into a cell that is not being edited (an IME's Chinese, or a paste of one word) starts editing with it. */
  const caught = (text: string) => {
    if (catcherRef.current) catcherRef.current.value = '';
    if (text) grid.startEdit(text);
  };

  return (
    <div
      ref={scrollRef}
      className="grid-scroll"
      role="grid"
      aria-rowcount={model.ids.length}
      aria-colcount={model.columns.length}
      tabIndex={0}
      data-testid="followup-grid"
      onKeyDown={grid.onKeyDown}
      onCopy={grid.onCopy}
      onPaste={grid.onPaste}
    >
      <textarea
        ref={catcherRef}
        className="grid-keycatcher"
        aria-label={t('grid.editHint')}
        onInput={(e) => !(e.nativeEvent as InputEvent).isComposing && caught(e.currentTarget.value)}
        onCompositionEnd={(e) => caught(e.currentTarget.value)}
      />
      <div style={{ width, height: virtualizer.getTotalSize() + ROW_HEIGHT, position: 'relative' }}>
        <GridHeader columns={model.columns} lefts={lefts} sort={sort} onSort={onSort} hint={t('grid.sortHint')} />
        {virtualizer.getVirtualItems().map((item) => {
          const row = model.rows.get(model.ids[item.index] ?? '');
          return row ? (
            <GridRowView
              key={row.id}
              row={row}
              index={item.index}
              top={item.start + ROW_HEIGHT}
              model={model}
              lefts={lefts}
              range={range}
              focus={grid.sel.focus}
              editing={grid.sel.focus.row === item.index ? grid.editing : null}
              onDraft={(draft) => grid.setEditing({ draft, error: null })}
              onChoose={(value) => grid.commitValue(value)}
              onCellMouseDown={(col, shift) => (catcherRef.current?.focus({ preventScroll: true }), grid.setSel((s) => (shift ? { anchor: s.anchor, focus: { row: item.index, col } } : selectCell({ row: item.index, col }))))}
              onCellDoubleClick={() => grid.startEdit()}
            />
          ) : null;
        })}
      </div>
    </div>
  );
};

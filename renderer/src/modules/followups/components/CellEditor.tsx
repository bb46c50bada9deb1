import { useEffect, useRef } from 'react';
import { cellValue } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';

type Props = {
  row: GridRow;
  column: GridColumn;
  lookups: GridLookups;
  draft: string;
  onDraft: (text: string) => void;
  /** Commit a choice directly (selects), bypassing text parsing. */
  onChoose: (value: unknown) => void;
};

const choices = (row: GridRow, column: GridColumn, lookups: GridLookups): { id: string; label: string }[] | null => {
  if (column.kind === 'option' && column.optionList) return lookups.options[column.optionList].filter((o) => !o.archived).map((o) => ({ id: o.id, label: o.label }));
  if (column.kind === 'option') return (column.customOptions ?? []).map((o) => ({ id: o, label: o }));
  if (column.kind === 'member') return [...lookups.members].map(([id, m]) => ({ id, label: m.name }));
  if (column.kind === 'customer') return [...lookups.customers].map(([id, c]) => ({ id, label: c.name })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  if (column.kind === 'contact') return (lookups.customers.get(row.customerId)?.contacts ?? []).map((c) => ({ id: c.id, label: c.name }));
  return null;
};

/** The editor of the active cell: a list with keyboard search for ids, a date picker, or text. */
export const CellEditor = ({ row, column, lookups, draft, onDraft, onChoose }: Props) => {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  useEffect(() => {
    const el: HTMLElement | null = ref.current;
    el?.focus();
    // Caret after the text, as in Excel (typing a first letter must not end up behind the rest).
    if ((el instanceof HTMLInputElement && el.type !== 'date') || el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const list = choices(row, column, lookups);
  if (list) {
    return (
      <select ref={ref} className="cell-editor" value={String(cellValue(row, column.id) ?? '')} onChange={(e) => onChoose(e.target.value || undefined)} aria-label={column.label}>
        <option value="" />
        {list.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    );
  }
  if (column.kind === 'date') {
    return <input ref={ref} className="cell-editor" type="date" value={draft} onChange={(e) => onDraft(e.target.value)} aria-label={column.label} />;
  }
  if (column.kind === 'longText') {
    return <textarea ref={ref} className="cell-editor cell-editor-long" value={draft} onChange={(e) => onDraft(e.target.value)} aria-label={column.label} />;
  }
  return <input ref={ref} className="cell-editor" value={draft} onChange={(e) => onDraft(e.target.value)} aria-label={column.label} />;
};

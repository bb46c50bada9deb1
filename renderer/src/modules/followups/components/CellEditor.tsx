import { useEffect, useRef } from 'react';
import type { GridColumn, GridLookups, GridRecord } from '../../../../../shared/grid/gridTypes.ts';
import type { Choice } from '../../../../../shared/grid/rankChoices.ts';
import type { Editing, GridModel } from '../hooks/useGridController.ts';
import { ChoiceEditor } from './ChoiceEditor.tsx';

type Props<R extends GridRecord> = {
  row: R;
  column: GridColumn;
  model: GridModel<R>;
  editing: Editing;
  onDraft: (text: string) => void;
  /** Commit a choice directly (lists), bypassing text parsing; then move like Enter/Tab would. */
  onChoose: (value: unknown, dRow?: number, dCol?: number) => void;
};

/** What a list editor offers: live options, members, customers (by pinyin), the row customer's contacts. */
const choices = (row: GridRecord, column: GridColumn, lookups: GridLookups): Choice[] | null => {
  if (column.kind === 'option' && column.optionList) return lookups.options[column.optionList].filter((o) => !o.archived).map((o) => ({ id: o.id, label: o.label }));
  if (column.kind === 'option') return (column.customOptions ?? []).map((o) => ({ id: o, label: o }));
  if (column.kind === 'member') return [...lookups.members].map(([id, m]) => ({ id, label: m.name }));
  if (column.kind === 'customer') return [...lookups.customers].map(([id, c]) => ({ id, label: c.name })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  if (column.kind === 'contact') return (lookups.customers.get(row.customerId ?? '')?.contacts ?? []).map((c) => ({ id: c.id, label: c.name }));
  return null;
};

/** The editor of the active cell: a searchable list for ids, a date picker, or text. */
export const CellEditor = <R extends GridRecord>({ row, column, model, editing, onDraft, onChoose }: Props<R>) => {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { draft } = editing;
  useEffect(() => {
    const el: HTMLElement | null = ref.current;
    el?.focus();
    // Caret after the text, as in Excel (typing a first letter must not end up behind the rest).
    if ((el instanceof HTMLInputElement && el.type !== 'date') || el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const list = choices(row, column, model.lookups);
  if (list) {
    const create = column.kind === 'customer' ? model.createCustomer : undefined;
    return <ChoiceEditor choices={list} initial={editing.initial} draft={draft} label={column.label} onDraft={onDraft} onChoose={onChoose} {...(create ? { onCreate: create } : {})} />;
  }
  if (column.kind === 'date') {
    return <input ref={ref} className="cell-editor" type="date" value={draft} onChange={(e) => onDraft(e.target.value)} aria-label={column.label} />;
  }
  if (column.kind === 'longText') {
    return <textarea ref={ref} className="cell-editor cell-editor-long" value={draft} onChange={(e) => onDraft(e.target.value)} aria-label={column.label} />;
  }
  return <input ref={ref} className="cell-editor" value={draft} onChange={(e) => onDraft(e.target.value)} aria-label={column.label} />;
};

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { customerNameKey } from '../../../../../shared/domain/customerNameKey.ts';
import { rankChoices, type Choice } from '../../../../../shared/grid/rankChoices.ts';

type Props = {
  choices: readonly Choice[];
  /** The cell's text when editing began: shown whole (every choice listed) until the user types. */
  initial: string;
  draft: string;
  label: string;
  onDraft: (text: string) => void;
  /** Commit a choice; Enter moves down afterwards, Tab sideways (as the grid's other editors do). */
  onChoose: (id: string | undefined, dRow: number, dCol: number) => void;
  /** Offered when nothing has the typed name (客户): create it (or pick an existing one), then choose it; '' = cancelled. */
  onCreate?: (name: string) => Promise<string>;
};

/** A searchable list editor: type to narrow, ↑/↓ to move, Enter or a click to choose; 新建 for an unknown customer. */
export const ChoiceEditor = ({ choices, initial, draft, label, onDraft, onChoose, onCreate }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  // Typing narrows the list, even when the words typed are the cell's own text (面访 over 面访).
  const [typed, setTyped] = useState(draft !== initial);
  const matches = rankChoices(choices, typed ? draft : '');
  const name = draft.trim();
  const creatable = onCreate !== undefined && typed && name !== '' && !choices.some((c) => customerNameKey(c.label) === customerNameKey(name));
  const [active, setActive] = useState(() => Math.max(0, typed ? 0 : matches.findIndex((c) => c.label === initial)));
  const count = matches.length + (creatable ? 1 : 0);
  const at = Math.min(active, Math.max(0, count - 1));
  useEffect(() => {
    ref.current?.focus();
    ref.current?.setSelectionRange(ref.current.value.length, ref.current.value.length);
  }, []);
  const choose = (index: number, dRow: number, dCol: number) => {
    const match = matches[index];
    if (match) return onChoose(match.id, dRow, dCol);
    // '' when the user cancelled (the name may have been a customer already there): keep editing.
    if (creatable && onCreate) void onCreate(name).then((id) => id && onChoose(id, dRow, dCol));
    else if (name === '') onChoose(undefined, dRow, dCol);
  };
  // Keys the list handles stop here; the rest (Esc) reach the grid.
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step) setActive((at + step + count) % Math.max(1, count));
    else if (e.key === 'Enter' || e.key === 'Tab') choose(at, e.key === 'Enter' ? 1 : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="choice-editor">
      <input ref={ref} className="cell-editor" value={draft} aria-label={label} role="combobox" aria-expanded="true" aria-autocomplete="list" onChange={(e) => (onDraft(e.target.value), setTyped(true), setActive(0))} onKeyDown={onKeyDown} />
      <ul className="choice-list" role="listbox" aria-label={label}>
        {matches.map((c, i) => (
          <li key={c.id} role="option" aria-selected={i === at} className={i === at ? 'active' : ''} onMouseDown={(e) => (e.preventDefault(), choose(i, 0, 0))}>
            {c.label}
          </li>
        ))}
        {creatable ? (
          <li role="option" aria-selected={at === matches.length} className={`choice-create${at === matches.length ? ' active' : ''}`} onMouseDown={(e) => (e.preventDefault(), choose(matches.length, 0, 0))}>
            {t('grid.newCustomer', { name })}
          </li>
        ) : null}
        {count === 0 ? <li className="choice-none">{t('grid.noChoice')}</li> : null}
      </ul>
    </div>
  );
};

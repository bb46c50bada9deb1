import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterChoices } from '../../../../../shared/grid/filterChoices.ts';
import type { ColumnFilter, GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { parseNumberText } from '../../../../../shared/grid/parseNumberText.ts';
import { ChoiceFilterEditor } from './ChoiceFilterEditor.tsx';
import { DateFilterEditor } from './DateFilterEditor.tsx';

type Props = { column: GridColumn; lookups: GridLookups; current: ColumnFilter | undefined; onApply: (filter: ColumnFilter | null) => void };

/** 包含文字: Enter or the button applies; an empty box removes the filter. */
const ContainsEditor = ({ column, current, onApply }: Omit<Props, 'lookups'>) => {
  const { t } = useTranslation();
  const [text, setText] = useState(current?.kind === 'contains' ? current.text : '');
  const apply = () => onApply(text.trim() ? { column: column.id, kind: 'contains', text: text.trim() } : null);
  return (
    <form className="filter-contains" onSubmit={(e) => (e.preventDefault(), apply())}>
      <input autoFocus placeholder={t('grid.menu.containsPlaceholder')} aria-label={t('grid.menu.contains')} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="primary">{t('grid.menu.apply')}</button>
    </form>
  );
};

/** Amount between a minimum and a maximum; either may be left empty. */
const NumberEditor = ({ column, current, onApply }: Omit<Props, 'lookups'>) => {
  const { t } = useTranslation();
  const [min, setMin] = useState(current?.kind === 'number' && current.min !== undefined ? String(current.min) : '');
  const [max, setMax] = useState(current?.kind === 'number' && current.max !== undefined ? String(current.max) : '');
  const [error, setError] = useState('');
  const apply = () => {
    const lo = min.trim() ? parseNumberText(min) : undefined;
    const hi = max.trim() ? parseNumberText(max) : undefined;
    if (lo === null || hi === null) return setError(t('grid.menu.invalidNumber'));
    onApply(lo === undefined && hi === undefined ? null : { column: column.id, kind: 'number', ...(lo !== undefined ? { min: lo } : {}), ...(hi !== undefined ? { max: hi } : {}) });
  };
  return (
    <form className="filter-range" onSubmit={(e) => (e.preventDefault(), apply())}>
      <input inputMode="decimal" placeholder={t('grid.menu.min')} aria-label={t('grid.menu.min')} value={min} onChange={(e) => setMin(e.target.value)} />
      <input inputMode="decimal" placeholder={t('grid.menu.max')} aria-label={t('grid.menu.max')} value={max} onChange={(e) => setMax(e.target.value)} />
      <button type="submit" className="primary">{t('grid.menu.apply')}</button>
      {error ? <p className="filter-error" role="alert">{error}</p> : null}
    </form>
  );
};

/** The filter part of a column's menu, by the column's kind; blank / not blank works for every column. */
export const ColumnFilterEditor = ({ column, lookups, current, onApply }: Props) => {
  const { t } = useTranslation();
  const choices = filterChoices(column, lookups);
  const body = choices ? (
    <ChoiceFilterEditor column={column.id} choices={choices} current={current} onApply={onApply} />
  ) : column.kind === 'date' || column.kind === 'instant' ? (
    <DateFilterEditor column={column.id} current={current} onApply={onApply} />
  ) : column.kind === 'number' ? (
    <NumberEditor column={column} current={current} onApply={onApply} />
  ) : (
    <ContainsEditor column={column} current={current} onApply={onApply} />
  );
  return (
    <div className="filter-editor">
      {body}
      <div className="filter-blank">
        <button type="button" aria-pressed={current?.kind === 'empty' && current.empty} onClick={() => onApply({ column: column.id, kind: 'empty', empty: true })}>{t('grid.menu.blank')}</button>
        <button type="button" aria-pressed={current?.kind === 'empty' && !current.empty} onClick={() => onApply({ column: column.id, kind: 'empty', empty: false })}>{t('grid.menu.notBlank')}</button>
        {current ? <button type="button" onClick={() => onApply(null)}>{t('grid.menu.clearFilter')}</button> : null}
      </div>
    </div>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterChoice } from '../../../../../shared/grid/filterChoices.ts';
import { foldSearchText } from '../../../../../shared/grid/searchIndex.ts';
import type { ColumnFilter } from '../../../../../shared/grid/gridTypes.ts';

type Props = { column: string; choices: FilterChoice[]; current: ColumnFilter | undefined; onApply: (filter: ColumnFilter | null) => void };

/** Long lists (hundreds of customers) show this many; the search box narrows them. */
const SHOWN = 200;

/** Excel's value list: every value ticked means no filter; untick what to hide, or search and tick. */
export const ChoiceFilterEditor = ({ column, choices, current, onApply }: Props) => {
  const { t } = useTranslation();
  const all = [...choices, { value: '', label: t('grid.empty') }];
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(current?.kind === 'in' ? current.values : all.map((c) => c.value)));
  const [query, setQuery] = useState('');
  const needle = foldSearchText(query.trim());
  const matching = needle ? all.filter((c) => foldSearchText(c.label).includes(needle)) : all;
  const toggle = (value: string) => setChecked((s) => (s.has(value) ? new Set([...s].filter((v) => v !== value)) : new Set([...s, value])));
  const apply = () => onApply(checked.size === all.length ? null : { column, kind: 'in', values: all.map((c) => c.value).filter((v) => checked.has(v)) });
  return (
    <div className="filter-choices">
      <input type="search" placeholder={t('grid.menu.choiceSearch')} aria-label={t('grid.menu.choiceSearch')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <div className="filter-choice-actions">
        <button type="button" onClick={() => setChecked(new Set([...checked, ...matching.map((c) => c.value)]))}>{t('grid.menu.selectAll')}</button>
        <button type="button" onClick={() => setChecked(new Set([...checked].filter((v) => !matching.some((c) => c.value === v))))}>{t('grid.menu.selectNone')}</button>
      </div>
      <ul className="filter-choice-list">
        {matching.slice(0, SHOWN).map((c) => (
          <li key={c.value}>
            <label>
              <input type="checkbox" checked={checked.has(c.value)} onChange={() => toggle(c.value)} />
              {c.label}
            </label>
          </li>
        ))}
      </ul>
      {matching.length > SHOWN ? <p className="filter-note">{t('grid.menu.choicesCapped', { count: SHOWN })}</p> : null}
      <button type="button" className="primary" disabled={checked.size === 0} onClick={apply}>{t('grid.menu.apply')}</button>
    </div>
  );
};

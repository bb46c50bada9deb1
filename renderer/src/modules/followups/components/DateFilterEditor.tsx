import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnFilter, DatePreset } from '../../../../../shared/grid/gridTypes.ts';

type Props = { column: string; current: ColumnFilter | undefined; onApply: (filter: ColumnFilter | null) => void };

const quick: DatePreset[] = ['today', 'yesterday', 'thisWeek', 'lastWeek', 'thisMonth', 'lastMonth'];

/** One click for 今天 / 本周 / 上月 …, or a from–to range (either end may stay open). */
export const DateFilterEditor = ({ column, current, onApply }: Props) => {
  const { t } = useTranslation();
  const date = current?.kind === 'date' ? current : null;
  const [from, setFrom] = useState(date?.from ?? '');
  const [to, setTo] = useState(date?.to ?? '');
  const range = () => onApply({ column, kind: 'date', preset: 'between', ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return (
    <div className="filter-dates">
      <div className="filter-presets">
        {quick.map((preset) => (
          <button key={preset} type="button" aria-pressed={date?.preset === preset} onClick={() => onApply({ column, kind: 'date', preset })}>
            {t(`grid.datePresets.${preset}`)}
          </button>
        ))}
      </div>
      <div className="filter-range">
        <label>
          {t('grid.menu.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('grid.menu.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="primary" disabled={!from && !to} onClick={range}>{t('grid.menu.apply')}</button>
      </div>
    </div>
  );
};

import type { TFunction } from 'i18next';
import { filterChoices } from '../../../../../shared/grid/filterChoices.ts';
import type { ColumnFilter, GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';

/** The value part of a filter chip: 包含“华为”, 拜访、电话, 本周, ≥ 5000 … */
export const describeFilter = (t: TFunction, filter: ColumnFilter, column: GridColumn, lookups: GridLookups): string => {
  switch (filter.kind) {
    case 'contains':
      return t('grid.filters.contains', { text: filter.text });
    case 'empty':
      return filter.empty ? t('grid.filters.blank') : t('grid.filters.notBlank');
    case 'in': {
      const labels = new Map((filterChoices(column, lookups) ?? []).map((c) => [c.value, c.label]));
      const names = filter.values.map((v) => (v === '' ? t('grid.empty') : (labels.get(v) ?? v)));
      const sep = t('grid.filters.separator');
      return names.length > 3 ? t('grid.filters.many', { first: names.slice(0, 2).join(sep), count: names.length }) : names.join(sep);
    }
    case 'number':
      if (filter.min !== undefined && filter.max !== undefined) return t('grid.filters.range', { from: filter.min, to: filter.max });
      return filter.min !== undefined ? t('grid.filters.min', { min: filter.min }) : t('grid.filters.max', { max: filter.max ?? '' });
    case 'date':
      if (filter.preset !== 'between' && filter.preset !== 'before' && filter.preset !== 'after') return t(`grid.datePresets.${filter.preset}`);
      if (filter.preset === 'between') return t('grid.filters.range', { from: filter.from ?? '…', to: filter.to ?? '…' });
      return `${t(`grid.datePresets.${filter.preset}`)} ${filter.from ?? filter.to ?? ''}`;
  }
};

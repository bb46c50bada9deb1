import { useTranslation } from 'react-i18next';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import { cellValue, CUSTOM_PREFIX, isEmptyValue } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { columnLabel } from '../utils/columnLabel.ts';

type Props = { row: GridRow; columns: readonly GridColumn[]; lookups: GridLookups };

// The facts a person checks first; each shows a dash when empty. The rest (remark, custom fields) only when filled.
const KEY_FACTS = ['customerId', 'contactId', 'followedAt', 'method', 'stage', 'status', 'nextDate', 'nextAction', 'nextOwnerId', 'ownerId', 'summary'];
const WHEN_FILLED = ['amount', 'remark'];

const shownColumns = (columns: readonly GridColumn[], row: GridRow): GridColumn[] => {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const filled = (c: GridColumn) => !isEmptyValue(cellValue(row, c.id));
  const extra = [...WHEN_FILLED.map((id) => byId.get(id)), ...columns.filter((c) => c.id.startsWith(CUSTOM_PREFIX))].filter((c): c is GridColumn => !!c && filled(c));
  return [...KEY_FACTS.map((id) => byId.get(id)).filter((c): c is GridColumn => !!c), ...extra];
};

/** The row's key facts in the grid's own words (names, option labels, 'YYYY-MM-DD HH:mm'). */
export const RowFacts = ({ row, columns, lookups }: Props) => {
  const { t } = useTranslation();
  return (
    <dl className="row-detail-facts" data-testid="row-detail-facts">
      {shownColumns(columns, row).map((c) => (
        <div key={c.id} className={c.kind === 'longText' ? 'row-detail-fact row-detail-fact-long' : 'row-detail-fact'}>
          <dt>{columnLabel(t, c)}</dt>
          <dd>{cellText(row, c, lookups) || t('rowDetail.none')}</dd>
        </div>
      ))}
    </dl>
  );
};

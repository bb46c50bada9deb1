import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from '../../../../../shared/grid/cellText.ts';
import { builtInColumns, gridColumns } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { ConflictsDialog } from '../../conflicts/components/ConflictsDialog.tsx';
import { HistoryPanel } from '../../history/components/HistoryPanel.tsx';
import { useFollowUpDoc } from '../hooks/useFollowUpDoc.ts';
import { useMemberNames } from '../hooks/useMemberNames.ts';
import { CustomerRecentList } from './CustomerRecentList.tsx';
import { RowConflictNotice } from './RowConflictNotice.tsx';
import { RowFacts } from './RowFacts.tsx';

export type RowDetailPanelProps = {
  rowId: string;
  /** The grid's lookups (useGridLookups), so names and labels read exactly as in the grid. */
  lookups: GridLookups;
  onClose: () => void;
  /** Show another follow-up (one of the customer's latest) in the panel and, if the grid likes, select it. */
  onOpenRow: (id: string) => void;
};

const CUSTOMER = builtInColumns[0] as GridColumn;
const EMPTY_NAMES = new Map<string, string>();

/** The side panel for one follow-up: its facts, the customer's latest follow-ups, and the row's change history. */
export const RowDetailPanel = ({ rowId, lookups, onClose, onOpenRow }: RowDetailPanelProps) => {
  const { t } = useTranslation();
  const row = useFollowUpDoc(rowId);
  const memberNames = useMemberNames() ?? EMPTY_NAMES;
  const [resolving, setResolving] = useState(false);
  // Former members keep their names here, so old rows and history still say who.
  const named = useMemo<GridLookups>(() => ({ ...lookups, members: new Map([...memberNames].map(([id, name]) => [id, { name }])) }), [lookups, memberNames]);
  const liveColumns = useMemo(() => gridColumns(lookups.customFields), [lookups.customFields]);
  // History may name custom fields archived since; they keep their label.
  const allColumns = useMemo(() => gridColumns(lookups.customFields.map((f) => ({ ...f, archived: false }))), [lookups.customFields]);
  return (
    <aside className="row-detail" aria-label={t('rowDetail.title')} data-testid="row-detail" onKeyDown={(e) => e.key === 'Escape' && !resolving && onClose()}>
      <header className="row-detail-header">
        <div>
          <h2>{t('rowDetail.title')}</h2>
          {row ? <p className="row-detail-subtitle">{cellText(row, CUSTOMER, named) || t('rowDetail.none')}</p> : null}
        </div>
        <button type="button" className="row-detail-close" aria-label={t('rowDetail.close')} title={t('rowDetail.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {row === undefined ? <p className="row-detail-muted">{t('rowDetail.loading')}</p> : null}
      {row === null ? <p className="row-detail-muted">{t('rowDetail.missing')}</p> : null}
      {row ? (
        <div className="row-detail-body">
          <RowConflictNotice row={row} columns={allColumns} onResolve={() => setResolving(true)} />
          {row.trashed ? <p className="row-detail-note">{t('rowDetail.inTrash')}</p> : null}
          <RowFacts row={row} columns={liveColumns} lookups={named} />
          <CustomerRecentList customerId={row.customerId} currentId={row.id} lookups={named} onOpenRow={onOpenRow} />
          <div className="row-detail-section" data-testid="row-detail-history">
            <HistoryPanel collection="followups" id={row.id} current={row} />
          </div>
        </div>
      ) : null}
      {resolving ? <ConflictsDialog close={() => setResolving(false)} /> : null}
    </aside>
  );
};

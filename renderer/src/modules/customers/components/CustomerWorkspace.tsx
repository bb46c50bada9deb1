import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerCellPatch } from '../../../../../shared/customers/customerColumns.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { ColumnMenuHost, type MenuTarget } from '../../followups/components/ColumnMenuHost.tsx';
import { DataGrid } from '../../followups/components/DataGrid.tsx';
import { FilterChips } from '../../followups/components/FilterChips.tsx';
import { markNotificationsRead } from '../../reminders/utils/markNotificationsRead.ts';
import { useArrangeVisit } from '../hooks/useArrangeVisit.ts';
import type { CustomerNotice } from '../hooks/useCommitMerge.ts';
import { useCustomerActions } from '../hooks/useCustomerActions.ts';
import { useCustomerCells } from '../hooks/useCustomerCells.tsx';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useCustomerView } from '../hooks/useCustomerView.ts';
import { useCustomerViewState } from '../hooks/useCustomerViewState.ts';
import { useDuplicatePairs } from '../hooks/useDuplicatePairs.ts';
import { useFollowUpsByCustomer } from '../hooks/useFollowUpsByCustomer.ts';
import { useGradeANotices } from '../hooks/useGradeANotices.ts';
import { useMyRole } from '../hooks/useMyRole.ts';
import { ForecastPanel } from '../../customerDetail/components/ForecastPanel.tsx';
import { CustomerDialogs, type CustomerDialog } from './CustomerDialogs.tsx';
import { CustomerNoticeBar } from './CustomerNoticeBar.tsx';
import { CustomerToolbar } from './CustomerToolbar.tsx';
import { CustomerViewTabs } from './CustomerViewTabs.tsx';
import { ExportReportsButton } from './ExportReportsButton.tsx';
import { GradeANotices } from './GradeANotices.tsx';

const NO_RULES: never[] = [];
const nothing = () => undefined;

/** The 客户 list: views, search, filters and the grid (the follow-up grid's parts), with new, merge, grade and duplicate dialogs. */
export const CustomerWorkspace = ({ lookups }: { lookups: GridLookups }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const db = useDatabase();
  const writer = useWriter();
  const role = useMyRole();
  const manager = role === 'manager' || role === 'admin';
  const set = useCustomerRows();
  const vs = useCustomerViewState();
  const view = useCustomerView(set, vs.state, lookups, memberId, role);
  const followUps = useFollowUpsByCustomer();
  const pairs = useDuplicatePairs(set);
  const [notice, setNotice] = useState<CustomerNotice | null>(null);
  const say = useCallback((text: string) => setNotice({ text }), []);
  const liveFollowUps = useCallback((id: string) => followUps.of(id).filter((f) => !f.trashed).length, [followUps]);
  const actions = useCustomerActions(set.rows, liveFollowUps, role, say);
  const [dialog, setDialog] = useState<CustomerDialog | null>(null);
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [forecast, setForecast] = useState(false);
  const openOverride = useCallback((row: CustomerRow) => setDialog({ type: 'override', id: row.id }), []);
  const renderCell = useCustomerCells({ lookups, today: view.today, followUps, ...(manager ? { onOverride: openOverride } : {}) });
  const canEditRow = useCallback((row: CustomerRow) => role !== undefined && (role !== 'rep' || row.ownerId === memberId), [role, memberId]);
  const notify = useCallback((count: number, first: string) => say(t('grid.pasteSkipped', { count, first })), [say, t]);
  const gradeA = useGradeANotices(memberId);
  const arrange = useArrangeVisit(set, followUps, lookups.utcOffsetMinutes, setNotice);
  const selected = selectedIds.map((id) => set.rows.get(id)).filter((r): r is CustomerRow => !!r);
  return (
    <>
      <GradeANotices notices={gradeA} onArrange={(n) => void arrange(n)} onDismiss={(n) => void markNotificationsRead(db, [n.id], writer)} />
      <div className="grid-viewbar">
        <CustomerViewTabs base={vs.state.base} counts={set.loaded ? view.counts : null} onChange={vs.openBuiltIn} />
        <span className="grid-viewbar-actions">
          <button type="button" aria-pressed={forecast} onClick={() => setForecast((open) => !open)}>{t('forecast.open')}</button>
          {role === 'admin' ? <button type="button" onClick={() => setDialog({ type: 'accuracy' })}>{t('customers.accuracyButton')}</button> : null}
          <button type="button" className="cust-dup-button" data-testid="duplicates-button" onClick={() => setDialog({ type: 'pairs' })}>
            {t('customers.duplicates')}
            {pairs.length ? <span className="view-count warn">{pairs.length}</span> : null}
          </button>
          <button type="button" className="cust-new-button" onClick={() => setDialog({ type: 'new' })}>{t('customers.newCustomer')}</button>
        </span>
      </div>
      {forecast ? (
        <div className="card cust-forecast" data-testid="customers-forecast">
          <ForecastPanel onOpenCustomer={() => setForecast(false)} />
        </div>
      ) : null}
      <CustomerToolbar
        search={vs.state.search}
        onSearch={vs.setSearch}
        onColumns={() => setMenu({ type: 'columns' })}
        inTrash={vs.state.base === 'trash'}
        selected={selected.length}
        onMerge={() => selected.length === 2 && setDialog({ type: 'merge', pair: [...selected].sort((a, b) => a.createdAt - b.createdAt) as [CustomerRow, CustomerRow] })}
        onTrash={(trashed) => void actions.trash(selectedIds, trashed)}
        exportButton={<ExportReportsButton ids={selectedIds} />}
        actions={actions}
        count={set.loaded ? t('customers.count', { count: view.ids.length }) : t('customers.loading')}
      />
      <FilterChips filters={vs.state.filters} columns={view.allColumns} lookups={lookups} onChange={vs.setFilters} />
      <CustomerNoticeBar notice={notice} actions={actions} />
      <DataGrid
        testId="customer-grid"
        model={{ ids: view.ids, rows: set.rows, columns: view.columns, frozen: view.frozen, lookups, rules: NO_RULES, today: view.today, view: vs.state, pinRows: nothing, cellPatch: customerCellPatch, renderCell, canEditRow }}
        lines={null}
        actions={actions}
        sort={vs.state.sort}
        header={{
          onSort: vs.setSort,
          onMenu: (columnId, anchor) => setMenu({ type: 'column', columnId, anchor }),
          onResize: vs.resize,
          onMove: (columnId, beforeId) => vs.move(columnId, beforeId, view.allColumns.map((c) => c.id)),
          filtered: new Set(vs.state.filters.map((f) => f.column)),
        }}
        onToggleGroup={nothing}
        onSelectedIds={setSelectedIds}
        notify={notify}
        focusId={null}
        onFocused={nothing}
      />
      <p className="grid-hint">{t('customers.editHint')}</p>
      <ColumnMenuHost menu={menu} onClose={() => setMenu(null)} vs={vs} view={view} lookups={lookups} />
      <CustomerDialogs dialog={dialog} onDialog={setDialog} rows={set.rows} pairs={pairs} lookups={lookups} followUps={followUps} role={role} actions={actions} onNotice={setNotice} />
    </>
  );
};

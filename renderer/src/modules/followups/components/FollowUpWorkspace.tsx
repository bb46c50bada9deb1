import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridLookups, GridRow, ViewState } from '../../../../../shared/grid/gridTypes.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { builtInViews } from '../../../../../shared/grid/builtInViews.ts';
import { cellPatch } from '../../../../../shared/grid/followUpColumns.ts';
import { useExportView } from '../../importExport/hooks/useExportView.ts';
import { useCreateCustomer } from '../hooks/useCreateCustomer.ts';
import { useFollowUpRows } from '../hooks/useFollowUpRows.ts';
import { useGridActions } from '../hooks/useGridActions.ts';
import { useLinkedRows } from '../hooks/useLinkedRows.ts';
import { useGridView } from '../hooks/useGridView.ts';
import { useLiveRules } from '../hooks/useLiveRules.ts';
import { usePresence } from '../hooks/usePresence.ts';
import { useRowLink } from '../hooks/useRowLink.ts';
import { useSavedViews } from '../hooks/useSavedViews.ts';
import { useViewState } from '../hooks/useViewState.ts';
import { leaveGridLink } from '../utils/leaveGridLink.ts';
import type { RowPin } from '../utils/placePinnedRows.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { FilterChips } from './FilterChips.tsx';
import { DataGrid } from './DataGrid.tsx';
import { GridFileDrop } from './GridFileDrop.tsx';
import { GridToolbar } from './GridToolbar.tsx';
import { LinkedRowsChip } from './LinkedRowsChip.tsx';
import { RowButtons } from './RowButtons.tsx';
import { RowDetailPanel } from './RowDetailPanel.tsx';
import { ViewBar } from './ViewBar.tsx';
import { ColumnMenuHost, type MenuTarget } from './ColumnMenuHost.tsx';
import { DuplicatePromptDialog } from '../../customers/components/DuplicatePromptDialog.tsx';

const NO_PINS: RowPin[] = [];

/** The follow-up grid with its views, toolbar, filters and menus. */
export const FollowUpWorkspace = ({ lookups }: { lookups: GridLookups }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const settings = useTeamSettings();
  const set = useFollowUpRows();
  const { create: createCustomer, prompt: createPrompt } = useCreateCustomer();
  const saved = useSavedViews();
  const vs = useViewState(saved.views);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // Rows added in this view stay where they were added until the view changes.
  const [pinned, setPinned] = useState<{ state: ViewState; pins: RowPin[] }>({ state: vs.state, pins: [] });
  const pins = pinned.state === vs.state ? pinned.pins : NO_PINS;
  const pinRows = useCallback((pin: RowPin) => setPinned((p) => ({ state: vs.state, pins: [...(p.state === vs.state ? p.pins : []), pin] })), [vs.state]);
  const [message, setMessage] = useState('');
  const linked = useLinkedRows();
  const view = useGridView(set, vs.state, lookups, memberId, collapsed, pins, linked?.ids);
  const rowLink = useRowLink({ set, vs, shownIds: view.ids, onSwitch: () => setCollapsed(new Set()), onMessage: setMessage });
  const rules = useLiveRules(settings?.validationRules, view.allColumns);
  const actions = useGridActions(set.rows, setMessage);
  const viewName = linked
    ? (linked.title ?? t('today.gridLink.count', { count: linked.count }))
    : (vs.active?.name ?? t(builtInViews.find((v) => v.id === vs.state.base)?.i18nKey ?? 'grid.views.all'));
  const exporter = useExportView({ ids: view.ids, rows: set.rows, columns: view.columns, lookups, viewName }, setMessage);

  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);
  const presence = usePresence();
  const onFocused = useCallback(() => setFocusId(null), []);
  const notify = useCallback((count: number, first: string) => setMessage(t('grid.pasteSkipped', { count, first })), [t]);
  const addRow = (values: Partial<GridRow>, afterId: string | null) =>
    void actions.addRows([values]).then(([id]) => {
      if (id) pinRows({ ids: [id], afterId });
      setFocusId(id ?? null);
    });
  const toggleGroup = useCallback((key: string) => setCollapsed((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set([...s, key]))), []);
  const selectedRow = set.rows.get(selectedIds[0] ?? '');
  return (
    <>
      <ViewBar vs={vs} saved={saved} onMessage={setMessage} linked={!!linked} onLeaveLink={leaveGridLink} />
      <GridToolbar
        search={vs.state.search}
        onSearch={vs.setSearch}
        groupBy={vs.state.groupBy}
        onGroupBy={(g) => (setCollapsed(new Set()), vs.setGroupBy(g))}
        onColumns={() => setMenu({ type: 'columns' })}
        exportMenu={<ExportMenu busy={exporter.busy} onExport={(f) => void exporter.exportView(f)} />}
        rowButtons={<RowButtons inTrash={vs.state.base === 'trash'} selectedIds={selectedIds} selectedRow={selectedRow} actions={actions} onAdd={addRow} onDetail={setDetailId} onMessage={setMessage} />}
        actions={actions}
        count={set.loaded ? t('grid.rowCount', { count: view.ids.length }) : t('grid.loading')}
      />
      {linked ? (
        <LinkedRowsChip linked={linked} shown={view.ids.length} onLeave={leaveGridLink} />
      ) : (
        <FilterChips filters={vs.state.filters} columns={view.allColumns} lookups={lookups} onChange={vs.setFilters} />
      )}
      {message ? <p className="grid-message" role="status">{message}</p> : null}
      <GridFileDrop>
        <DataGrid
          testId="followup-grid"
          model={{ ids: view.ids, rows: set.rows, columns: view.columns, frozen: view.frozen, lookups, rules, today: view.today, view: linked?.key ?? vs.state, createCustomer, pinRows, cellPatch }}
          lines={view.lines}
          actions={actions}
          sort={vs.state.sort}
          header={{
            onSort: vs.setSort,
            onMenu: (columnId, anchor) => setMenu({ type: 'column', columnId, anchor }),
            onResize: vs.resize,
            onMove: (columnId, beforeId) => vs.move(columnId, beforeId, view.allColumns.map((c) => c.id)),
            filtered: new Set(vs.state.filters.map((f) => f.column)),
          }}
          onToggleGroup={toggleGroup}
          onSelectedIds={setSelectedIds}
          notify={notify}
          focusId={focusId}
          onFocused={onFocused}
          linkedId={rowLink.target}
          onLinked={rowLink.done}
          presence={presence.byRow}
          onEditingCell={presence.setEditing}
        />
      </GridFileDrop>
      <p className="grid-hint">{t('grid.editHint')}</p>
      {detailId ? <RowDetailPanel rowId={detailId} lookups={lookups} onClose={() => setDetailId(null)} onOpenRow={setDetailId} /> : null}
      <ColumnMenuHost menu={menu} onClose={() => setMenu(null)} vs={vs} view={view} lookups={lookups} />
      {createPrompt ? <DuplicatePromptDialog name={createPrompt.name} matches={createPrompt.matches} onUse={createPrompt.use} onCreate={createPrompt.create} onCancel={createPrompt.cancel} /> : null}
    </>
  );
};

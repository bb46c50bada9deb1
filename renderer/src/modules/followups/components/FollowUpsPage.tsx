import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInViews } from '../../../../../shared/grid/builtInViews.ts';
import type { BuiltInViewId, GridLookups, GridRow, ViewState } from '../../../../../shared/grid/gridTypes.ts';
import { defaultViewState } from '../../../../../shared/grid/viewStateSchema.ts';
import { useLiveCount } from '../../../db/useLiveCount.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useFollowUpRows } from '../hooks/useFollowUpRows.ts';
import { useGridActions } from '../hooks/useGridActions.ts';
import { useGridLookups } from '../hooks/useGridLookups.ts';
import { useGridView } from '../hooks/useGridView.ts';
import { duplicableFields } from '../utils/duplicableFields.ts';
import { FollowUpGrid } from './FollowUpGrid.tsx';

export const FollowUpsPage = () => {
  const { t } = useTranslation();
  const followUps = useLiveCount('followups') ?? 0;
  const customers = useLiveCount('customers') ?? 0;
  const lookups = useGridLookups();
  return (
    <section className="page page-grid">
      <header className="page-header">
        <h1>{t('pages.followups.title')}</h1>
        <p className="page-summary" data-testid="page-summary">
          {t('pages.followups.summary', { followUps, customers })}
        </p>
      </header>
      {lookups ? <FollowUpWorkspace lookups={lookups} /> : null}
    </section>
  );
};

const FollowUpWorkspace = ({ lookups }: { lookups: GridLookups }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const settings = useTeamSettings();
  const set = useFollowUpRows();
  const [state, setState] = useState<ViewState>(defaultViewState);
  const view = useGridView(set, state, lookups, memberId);
  const [message, setMessage] = useState('');
  const actions = useGridActions(set.rows, setMessage);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const onFocused = useCallback(() => setFocusId(null), []);
  const notify = useCallback((count: number, first: string) => setMessage(t('grid.pasteSkipped', { count, first })), [t]);
  const patch = (p: Partial<ViewState>) => setState((s) => ({ ...s, ...p }));
  const addRow = (values: Partial<GridRow>) => void actions.addRows([values]).then(([id]) => setFocusId(id ?? null));
  const selectedRow = set.rows.get(selectedIds[0] ?? '');
  const inTrash = state.base === 'trash';
  return (
    <>
      <div className="grid-toolbar" role="toolbar">
        <div className="grid-views" role="tablist">
          {builtInViews.map((v) => (
            <button key={v.id} role="tab" aria-selected={state.base === v.id} className={state.base === v.id ? 'active' : ''} onClick={() => patch({ base: v.id as BuiltInViewId })}>
              {t(v.i18nKey)}
            </button>
          ))}
        </div>
        <input className="grid-search" type="search" placeholder={t('grid.search')} aria-label={t('grid.search')} value={state.search} onChange={(e) => patch({ search: e.target.value })} />
        {inTrash ? (
          <button onClick={() => void actions.trash(selectedIds, false).then(() => setMessage(t('grid.restored', { count: selectedIds.length })))}>{t('grid.restoreRows')}</button>
        ) : (
          <>
            <button onClick={() => addRow({})}>{t('grid.addRow')}</button>
            <button disabled={!selectedRow} onClick={() => selectedRow && addRow(duplicableFields(selectedRow))}>{t('grid.duplicateRow')}</button>
            <button onClick={() => void actions.trash(selectedIds, true).then(() => setMessage(t('grid.trashed', { count: selectedIds.length })))}>{t('grid.trashRows')}</button>
          </>
        )}
        <button disabled={!actions.canUndo} onClick={() => void actions.undo()}>{t('grid.undo')}</button>
        <button disabled={!actions.canRedo} onClick={() => void actions.redo()}>{t('grid.redo')}</button>
        <span className="grid-count" data-testid="grid-count">
          {set.loaded ? t('grid.rowCount', { count: view.ids.length }) : t('grid.loading')}
        </span>
      </div>
      {message ? <p className="grid-message" role="status">{message}</p> : null}
      <FollowUpGrid
        model={{ ids: view.ids, rows: set.rows, columns: view.columns, lookups, rules: settings?.validationRules.filter((r) => r.enabled) ?? [], today: view.today }}
        actions={actions}
        sort={state.sort}
        onSort={(sort) => patch({ sort })}
        onSelectedIds={setSelectedIds}
        notify={notify}
        focusId={focusId}
        onFocused={onFocused}
      />
      <p className="grid-hint">{t('grid.editHint')}</p>
    </>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, SavedViews } from '../hooks/useSavedViews.ts';
import type { ViewStateControls } from '../hooks/useViewState.ts';
import { SaveViewForm } from './SaveViewForm.tsx';
import { ViewTabs } from './ViewTabs.tsx';

type Props = {
  vs: ViewStateControls;
  saved: SavedViews;
  onMessage: (message: string) => void;
  /** Rows named by a link are on show; choosing a view leaves them (`onLeaveLink`). */
  linked?: boolean;
  onLeaveLink?: () => void;
};

/** The view tabs with 保存视图 (a new view) and 保存修改 (the active saved view, when changed). */
export const ViewBar = ({ vs, saved, onMessage, linked = false, onLeaveLink }: Props) => {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const failed = (e: unknown) => onMessage(t('grid.savedViews.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
  const save = (name: string, shared: boolean) => {
    setSaving(false);
    saved.save(name, shared, vs.state).then((id) => (vs.markSaved(id), onMessage(t('grid.savedViews.saved', { name }))), failed);
  };
  const update = () => {
    const view = vs.active;
    if (view) saved.update(view.id, vs.state).then(() => onMessage(t('grid.savedViews.updated', { name: view.name })), failed);
  };
  const remove = (view: SavedView) => {
    saved.remove(view.id).then(() => {
      onMessage(t('grid.savedViews.removed', { name: view.name }));
      if (vs.active?.id === view.id) vs.openBuiltIn('all');
    }, failed);
  };
  return (
    <div className="grid-viewbar">
      <ViewTabs
        base={vs.state.base}
        active={vs.active}
        saved={saved.views}
        modified={vs.modified}
        linked={linked}
        onBuiltIn={(id) => (onLeaveLink?.(), vs.openBuiltIn(id))}
        onSaved={(view) => (onLeaveLink?.(), vs.openSaved(view))}
        onRemove={remove}
      />
      <span className="grid-viewbar-actions">
        {vs.active?.mine && vs.modified ? <button onClick={update}>{t('grid.savedViews.update')}</button> : null}
        <button onClick={() => setSaving(true)}>{vs.active ? t('grid.savedViews.saveAs') : t('grid.savedViews.save')}</button>
        {saving ? <SaveViewForm taken={saved.views.map((v) => v.name)} onSave={save} onClose={() => setSaving(false)} /> : null}
      </span>
    </div>
  );
};

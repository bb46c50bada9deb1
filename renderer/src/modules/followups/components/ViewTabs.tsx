import { useTranslation } from 'react-i18next';
import { builtInViews } from '../../../../../shared/grid/builtInViews.ts';
import type { BuiltInViewId } from '../../../../../shared/grid/gridTypes.ts';
import type { SavedView } from '../hooks/useSavedViews.ts';

type Props = {
  base: BuiltInViewId;
  /** The saved view on show, or null for a built-in one. */
  active: SavedView | null;
  saved: readonly SavedView[];
  /** The state on show differs from the active saved view's. */
  modified: boolean;
  /** Rows named by a link are on show instead of any view: no tab is selected. */
  linked?: boolean;
  onBuiltIn: (id: BuiltInViewId) => void;
  onSaved: (view: SavedView) => void;
  onRemove: (view: SavedView) => void;
};

/** Built-in views (我的跟进, 今日待跟进 …) then the user's own and the team's shared saved views. */
export const ViewTabs = ({ base, active, saved, modified, linked = false, onBuiltIn, onSaved, onRemove }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="grid-views" role="tablist">
      {builtInViews.map((v) => {
        const selected = !linked && !active && base === v.id;
        return (
          <button key={v.id} role="tab" aria-selected={selected} className={selected ? 'active' : ''} onClick={() => onBuiltIn(v.id)}>
            {t(v.i18nKey)}
          </button>
        );
      })}
      {saved.map((v) => {
        const selected = !linked && active?.id === v.id;
        return (
          <span key={v.id} className={`grid-saved-view${selected ? ' active' : ''}`}>
            <button role="tab" aria-selected={selected} className={selected ? 'active' : ''} onClick={() => onSaved(v)}>
              {v.name}
              {selected && modified ? t('grid.savedViews.modified') : ''}
              {v.shared ? <span className="grid-view-tag">{t('grid.savedViews.sharedTag')}</span> : null}
            </button>
            {v.mine ? (
              <button className="grid-view-remove" aria-label={t('grid.savedViews.remove', { name: v.name })} title={t('grid.savedViews.remove', { name: v.name })} onClick={() => onRemove(v)}>
                ×
              </button>
            ) : null}
          </span>
        );
      })}
    </div>
  );
};

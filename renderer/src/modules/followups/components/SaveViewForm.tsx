import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkViewName } from '../../../../../shared/grid/checkViewName.ts';
import { useDismiss } from '../hooks/useDismiss.ts';

type Props = { taken: readonly string[]; onSave: (name: string, shared: boolean) => void; onClose: () => void };

/** Name the view on show and choose whether the team sees it too. */
export const SaveViewForm = ({ taken, onSave, onClose }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLFormElement>(null);
  useDismiss(ref, onClose);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState('');
  const submit = () => {
    const problem = checkViewName(name, taken);
    if (problem === 'required') return setError(t('grid.savedViews.nameRequired'));
    if (problem === 'taken') return setError(t('grid.savedViews.nameTaken', { name: name.trim() }));
    onSave(name.trim(), shared);
  };
  return (
    <form ref={ref} className="save-view-form" role="dialog" aria-label={t('grid.savedViews.save')} onSubmit={(e) => (e.preventDefault(), submit())}>
      <label>
        {t('grid.savedViews.name')}
        <input autoFocus maxLength={60} value={name} onChange={(e) => (setName(e.target.value), setError(''))} aria-invalid={error !== '' || undefined} />
      </label>
      <label className="save-view-shared">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        {t('grid.savedViews.shared')}
      </label>
      {error ? <p className="filter-error" role="alert">{error}</p> : null}
      <div className="column-menu-row">
        <button type="submit" className="primary">{t('grid.savedViews.confirm')}</button>
        <button type="button" onClick={onClose}>{t('grid.savedViews.cancel')}</button>
      </div>
    </form>
  );
};

import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../hooks/useImportWizard.ts';

/** Step 5: what was written, where it is, and the way back (撤销 lives in 导入记录 below). */
export const DoneStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const counts = wizard.planned?.plan.counts;
  if (!counts) return null;
  return (
    <div className="import-step">
      <p className="import-done" role="status">
        {t('importWizard.done.summary', { created: counts.new, updated: counts.changed, unchanged: counts.unchanged + (counts.skipped ?? 0), rejected: counts.rejected })}
      </p>
      <p className="import-muted">{t('importWizard.done.undoHint')}</p>
      <div className="import-actions">
        {counts.rejected > 0 ? <button className="button" disabled={wizard.busy} onClick={() => void wizard.downloadRejected()}>{t('importWizard.rejected.download', { count: counts.rejected })}</button> : null}
        <button className="button primary" onClick={wizard.restart}>{t('importWizard.done.another')}</button>
      </div>
    </div>
  );
};

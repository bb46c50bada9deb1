import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../hooks/useImportWizard.ts';
import { PreviewTable } from './PreviewTable.tsx';

/** Step 2: which sheet; hidden sheets are marked, the suggested one is chosen, its top rows shown. */
export const SheetStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const opened = wizard.opened;
  if (!opened) return null;
  const shown = opened.sheets[wizard.sheet] ?? opened.sheets[0];
  return (
    <div className="import-step">
      {opened.warnings.map((w) => (
        <p key={w} className="import-warning">{w}</p>
      ))}
      <ul className="import-sheets" role="listbox" aria-label={t('importWizard.sheet.title')}>
        {opened.sheets.map((s) => (
          <li key={s.index}>
            <button role="option" aria-selected={s.index === shown?.index} className={s.index === shown?.index ? 'active' : ''} onClick={() => wizard.selectSheet(s.index)} disabled={wizard.busy || s.rowCount === 0}>
              {s.name}
              {s.hidden ? <span className="import-tag">{t('importWizard.sheet.hidden')}</span> : null}
              <span className="import-muted">{t('importWizard.sheet.rows', { count: s.rowCount })}</span>
            </button>
          </li>
        ))}
      </ul>
      {shown ? <PreviewTable rows={shown.preview} rowNumbers={shown.previewRows} /> : null}
      <div className="import-actions">
        <button className="button" onClick={wizard.restart}>{t('importWizard.back')}</button>
        <button className="button primary" disabled={wizard.busy || !shown} onClick={() => shown && void wizard.analyze(shown.index)}>{t('importWizard.sheet.next')}</button>
      </div>
    </div>
  );
};

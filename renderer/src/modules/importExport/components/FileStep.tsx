import { useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../hooks/useImportWizard.ts';

/** Step 1: what is being imported, and the file — picked or dropped. */
export const FileStep = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void wizard.chooseFile(file);
  };
  // Cleared after each pick, so choosing the same file again (after 取消, or once fixed) is noticed.
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void wizard.chooseFile(file);
  };
  return (
    <div className="import-step">
      <fieldset className="import-target">
        <legend>{t('importWizard.file.target')}</legend>
        {(['followUps', 'customers'] as const).map((target) => (
          <label key={target}>
            <input type="radio" name="import-target" checked={wizard.target === target} onChange={() => wizard.setTarget(target)} />
            {t(`importWizard.file.targets.${target}`)}
          </label>
        ))}
      </fieldset>
      <label className={`import-drop${over ? ' import-drop-over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
        <strong>{wizard.busy ? t('importWizard.file.reading') : t('importWizard.file.drop')}</strong>
        <span>{t('importWizard.file.formats')}</span>
        <input type="file" accept=".xlsx,.xlsm,.csv,.xls" aria-label={t('importWizard.file.choose')} disabled={wizard.busy} onChange={pick} />
      </label>
    </div>
  );
};

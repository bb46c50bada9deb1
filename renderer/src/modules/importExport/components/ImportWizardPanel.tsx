import { useTranslation } from 'react-i18next';
import type { ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useImportWizard, type WizardStep } from '../hooks/useImportWizard.ts';
import { DoneStep } from './DoneStep.tsx';
import { FileStep } from './FileStep.tsx';
import { MappingStep } from './MappingStep.tsx';
import { PendingImportEffect } from './PendingImportEffect.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { SheetStep } from './SheetStep.tsx';
import { WizardProgress } from './WizardProgress.tsx';

const steps: WizardStep[] = ['file', 'sheet', 'mapping', 'preview', 'done'];

/** 导入: the wizard with its stepper, its error line, and the progress bar with 取消 while it works. */
export const ImportWizardPanel = ({ lookups, rules }: { lookups: GridLookups; rules: readonly ValidationRule[] }) => {
  const { t } = useTranslation();
  const wizard = useImportWizard(lookups, rules);
  return (
    <section className="card import-card" aria-label={t('importWizard.title')}>
      <h2>{t('importWizard.title')}</h2>
      <PendingImportEffect onFile={(file) => void wizard.chooseFile(file)} />
      <ol className="import-stepper">
        {steps.map((s, i) => (
          <li key={s} className={s === wizard.step ? 'active' : steps.indexOf(wizard.step) > i ? 'done' : ''}>{t(`importWizard.steps.${s}`)}</li>
        ))}
      </ol>
      {wizard.file ? <p className="import-muted" data-testid="import-file">{t('importWizard.file.chosen', { name: wizard.file.name, kb: Math.max(1, Math.round(wizard.file.size / 1024)) })}</p> : null}
      {wizard.error ? <p className="import-error" role="alert">{wizard.error}</p> : null}
      <WizardProgress wizard={wizard} />
      {wizard.step === 'file' ? <FileStep wizard={wizard} /> : null}
      {wizard.step === 'sheet' ? <SheetStep wizard={wizard} /> : null}
      {wizard.step === 'mapping' ? <MappingStep wizard={wizard} lookups={lookups} /> : null}
      {wizard.step === 'preview' ? <PreviewStep wizard={wizard} lookups={lookups} /> : null}
      {wizard.step === 'done' ? <DoneStep wizard={wizard} /> : null}
    </section>
  );
};

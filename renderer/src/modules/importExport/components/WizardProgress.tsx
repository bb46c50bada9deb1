import { useTranslation } from 'react-i18next';
import type { ImportWizard } from '../hooks/useImportWizard.ts';

/** What the bar stands for and how far it is; `fraction` null = busy without a measure (a moving bar). */
type Bar = { kind: 'commit' | 'read' | 'check' | 'busy'; done: number; total: number; fraction: number | null };

const barOf = (wizard: ImportWizard): Bar | null => {
  const { progress, working } = wizard;
  if (progress) return { kind: 'commit', done: progress.done, total: progress.total, fraction: progress.done / Math.max(1, progress.total) };
  if (working) return { kind: working.stage, done: working.done, total: working.total, fraction: working.done / Math.max(1, working.total) };
  return wizard.busy && wizard.step !== 'mapping' ? { kind: 'busy', done: 0, total: 0, fraction: null } : null;
};

/** The progress bar with 取消 while the wizard reads, checks or commits; cancelling leaves nothing behind. */
export const WizardProgress = ({ wizard }: { wizard: ImportWizard }) => {
  const { t } = useTranslation();
  const bar = barOf(wizard);
  if (!bar) return null;
  const percent = Math.round((bar.fraction ?? 0) * 100);
  const label =
    bar.kind === 'commit' ? t('importWizard.commit.progress', { done: bar.done, total: bar.total })
    : bar.kind === 'read' ? t('importWizard.workingRead', { percent })
    : bar.kind === 'check' ? t('importWizard.workingCheck', { percent })
    : t('importWizard.working');
  return (
    <div className="progress" role="status">
      <span>{label}</span>
      <div className="progress-track">
        <div className={bar.fraction === null ? 'progress-bar progress-moving' : 'progress-bar'} style={bar.fraction === null ? undefined : { width: `${percent}%` }} />
      </div>
      <button className="button" onClick={wizard.cancel}>{t('importWizard.cancel')}</button>
    </div>
  );
};

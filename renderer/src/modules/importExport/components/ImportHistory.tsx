import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchDoc } from '../../../../../shared/db/schemas/importBatchSchema.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import { useImportBatches } from '../hooks/useImportBatches.ts';
import { useUndoImport } from '../hooks/useUndoImport.ts';

/** 导入记录: every import with its counts; 撤销 takes a whole batch back in one step (after a second click). */
export const ImportHistory = ({ utcOffsetMinutes }: { utcOffsetMinutes: number }) => {
  const { t } = useTranslation();
  const batches = useImportBatches() ?? [];
  const undo = useUndoImport();
  const [confirm, setConfirm] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const run = (b: ImportBatchDoc) => {
    setConfirm(null);
    undo(b).then(
      () => setMessage(t('importWizard.history.undone', { name: b.fileName })),
      (err: unknown) => setMessage(t('importWizard.history.undoFailed', { reason: err instanceof Error ? err.message : String(err) })),
    );
  };
  return (
    <section className="card" aria-label={t('importWizard.history.title')}>
      <h2>{t('importWizard.history.title')}</h2>
      {message ? <p className="import-muted" role="status">{message}</p> : null}
      {batches.length === 0 ? <p className="import-muted">{t('importWizard.history.empty')}</p> : null}
      <ul className="import-history">
        {batches.map((b) => (
          <li key={b.id} data-testid="import-batch">
            <strong>{b.fileName}</strong>
            <span className="import-muted">{b.sheetName} · {formatInstant(b.createdAt, utcOffsetMinutes)}</span>
            <span>{t('importWizard.history.counts', { ...b.counts })}</span>
            <span className={`import-tag import-status-${b.status}`}>{t(`importWizard.history.status.${b.status}`)}</span>
            {b.status !== 'undone' ? (
              confirm === b.id ? (
                <button className="button danger" onClick={() => run(b)}>{t('importWizard.history.confirmUndo', { count: b.counts.created + b.counts.updated })}</button>
              ) : (
                <button className="button" onClick={() => setConfirm(b.id)}>{t('importWizard.history.undo')}</button>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
};

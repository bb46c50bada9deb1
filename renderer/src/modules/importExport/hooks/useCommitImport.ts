import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { insertStamped, patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { ExistingData, ImportPlan } from '../../../../../shared/importer/importTypes.ts';
import { importWrites } from '../../../../../shared/importer/importWrites.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { writeImport, type ImportProgress } from '../utils/writeImport.ts';

/** What the batch record remembers about the file. */
export type ImportSource = { fileName: string; fileSize: number; sheetName: string; layoutKey: string; mapping: Record<string, string> };

/**
 * Commits a plan as one import batch, with progress and cancel. The batch is recorded first (as
 * 导入中), so an interrupted import is visible and can be undone; a cancel or failure takes back what
 * was written and marks the batch 已撤销.
 */
export const useCommitImport = () => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const commit = useCallback(
    async (plan: ImportPlan, existing: ExistingData, source: ImportSource): Promise<string> => {
      const now = writer.now();
      const id = newRecordId('b', now);
      const writes = importWrites(plan, existing, { batchId: id, importerId: writer.memberId, now });
      const counts = { created: plan.counts.new, updated: plan.counts.changed, unchanged: plan.counts.unchanged + (plan.counts.skipped ?? 0), rejected: plan.counts.rejected };
      const batch = await insertStamped(db.importbatches, { id, kind: plan.target, ...source, status: 'committing', counts, finishedAt: 0, undo: writes.undo }, writer);
      abort.current = new AbortController();
      setProgress({ done: 0, total: 1 });
      try {
        await writeImport(db, writes, writer, setProgress, abort.current.signal, t);
        await patchStamped(batch, { status: 'committed', finishedAt: writer.now() }, writer);
        return id;
      } catch (err) {
        await patchStamped(batch, { status: 'undone', finishedAt: writer.now() }, writer);
        throw err;
      } finally {
        abort.current = null;
        setProgress(null);
      }
    },
    [db, writer, t],
  );
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { commit, cancel, progress };
};

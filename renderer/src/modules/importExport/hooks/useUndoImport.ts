import { useCallback } from 'react';
import type { ImportBatchDoc } from '../../../../../shared/db/schemas/importBatchSchema.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { takeBackImport } from '../utils/takeBackImport.ts';

/**
 * Undoes a whole import in one step: the records it created are removed (everywhere, through sync) and
 * the fields it changed get their previous values back; the batch stays listed as 已撤销.
 */
export const useUndoImport = (): ((batch: ImportBatchDoc) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  return useCallback(
    async (batch) => {
      const [followups, customers] = await Promise.all([
        db.followups.find({ selector: { importBatchId: batch.id } }).exec(),
        db.customers.find({ selector: { importBatchId: batch.id } }).exec(),
      ]);
      await takeBackImport(db, { followups: followups.map((d) => d.id), customers: customers.map((d) => d.id) }, batch.undo ?? [], writer);
      const doc = await db.importbatches.findOne(batch.id).exec();
      if (doc) await patchStamped(doc, { status: 'undone', finishedAt: writer.now() }, writer);
    },
    [db, writer],
  );
};

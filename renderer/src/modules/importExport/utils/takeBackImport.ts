import type { RxCollection } from 'rxdb';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { ImportUndoEntry } from '../../../../../shared/db/schemas/importBatchSchema.ts';
import { patchManyStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';

/** Removes what an import created and puts back the fields it changed. */
export const takeBackImport = async (db: SalesDeskDatabase, created: { customers: string[]; followups: string[] }, undo: readonly ImportUndoEntry[], w: Writer): Promise<void> => {
  if (created.followups.length) await db.followups.bulkRemove(created.followups);
  if (created.customers.length) await db.customers.bulkRemove(created.customers);
  for (const collection of ['followups', 'customers'] as const) {
    const entries = undo.filter((u) => u.collection === collection);
    if (!entries.length) continue;
    // A field that was empty before is cleared again (undefined), not set to null.
    const patches = entries.map((u) => ({ id: u.id, patch: Object.fromEntries(Object.entries(u.before).map(([k, v]) => [k, v ?? undefined])) }));
    await patchManyStamped(db[collection] as unknown as RxCollection<SyncMeta & { id: string }>, patches as never, w);
  }
};

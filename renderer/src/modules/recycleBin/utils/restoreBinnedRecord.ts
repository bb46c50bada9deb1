import type { RxCollection } from 'rxdb';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { patchManyStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import type { TrashItem } from '../../../../../shared/sync/auditApiSchemas.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { syncMetaFields, type SyncMeta } from '../../../../../shared/sync/syncMeta.ts';

type AnyCollection = RxCollection<SyncMeta & { id: string }>;

/** A record's own fields, without sync bookkeeping: what a purged record is written back with. */
const ownFields = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => k !== '_deleted' && !(syncMetaFields as readonly string[]).includes(k)));

/**
 * 恢复 from 回收站 as a stamped local write: a trashed record is patched out of the bin (a merged
 * customer forgets what it was merged into); a purged one is written again from its last content (RxDB
 * allows an insert over its own deleted document). Returns false when this desktop lacks the record.
 */
export const restoreBinnedRecord = async (db: SalesDeskDatabase, item: TrashItem, writer: Writer): Promise<boolean> => {
  const target = db.collections[item.collection] as unknown as AnyCollection;
  if (item.state === 'purged') {
    await target.insert(stampNew(ownFields(item.doc), { now: writer.now(), memberId: writer.memberId, clock: writer.clock.next() }) as never);
    return true;
  }
  const patch = { trashed: false, trashedAt: undefined, ...(item.collection === 'customers' ? { mergedInto: undefined } : {}) };
  const missing = await patchManyStamped(target, [{ id: item.id, patch: patch as never }], writer);
  return missing.length === 0;
};

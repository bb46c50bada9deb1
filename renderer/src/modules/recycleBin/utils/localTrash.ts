import type { CollectionName, SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { TrashItem } from '../../../../../shared/sync/auditApiSchemas.ts';

/** What people delete from the app's pages; a desktop without a hub lists these from its own store. */
export const BIN_COLLECTIONS: readonly CollectionName[] = ['followups', 'customers', 'dailyreports', 'comments', 'savedviews', 'attachments'];

/** This desktop's trashed records, newest first (no hub: no purged ones, no revision authors). */
export const localTrash = async (db: SalesDeskDatabase, type: CollectionName | ''): Promise<TrashItem[]> => {
  const names = type ? [type] : BIN_COLLECTIONS;
  const found = await Promise.all(
    names.map(async (collection) => {
      const docs = await db.collections[collection].find({ selector: { trashed: true } }).exec();
      return docs.map((d): TrashItem => {
        const doc = d.toMutableJSON() as Record<string, unknown>;
        const at = typeof doc['trashedAt'] === 'number' ? doc['trashedAt'] : Number(doc['updatedAt'] ?? 0);
        return { collection, id: d.primary, seq: 0, state: 'trashed', by: String(doc['updatedBy'] ?? ''), at, doc };
      });
    }),
  );
  return found.flat().sort((a, b) => b.at - a.at);
};

import type { TFunction } from 'i18next';
import type { RxCollection } from 'rxdb';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { patchManyStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import type { ImportInsert, ImportWrites } from '../../../../../shared/importer/importWrites.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { takeBackImport } from './takeBackImport.ts';

/** Rows per write: large enough to be quick, small enough that cancel answers within a moment (IndexedDB stalls on much larger transactions). */
const CHUNK = 2000;

export type ImportProgress = { done: number; total: number };

/** Thrown when the user cancels; everything written so far has been taken back. */
export class ImportCancelled extends Error {}

const insertAll = async <T extends SyncMeta & { id: string }>(
  collection: RxCollection<T>,
  inserts: readonly ImportInsert<T>[],
  w: Writer,
  step: (n: number, written: string[]) => void,
  signal: AbortSignal,
  t: TFunction,
): Promise<void> => {
  for (let i = 0; i < inserts.length; i += CHUNK) {
    if (signal.aborted) return;
    const docs = inserts.slice(i, i + CHUNK).map((x) => ({ ...stampNew(x.fields, { now: w.now(), memberId: w.memberId, clock: w.clock.next() }), createdAt: x.createdAt, createdBy: x.createdBy }));
    // Below RxCollection, as the snapshot load writes: the storage wrapper still stamps revisions and
    // validates every document, and replication still pushes them, but no RxDocument is built per row.
    const rows = docs.map((d) => ({ document: { ...d, _deleted: false, _attachments: {}, _meta: { lwt: w.now() }, _rev: '' } }));
    const { error } = await collection.storageInstance.bulkWrite(rows as never, 'salesdesk-import');
    // The rows of a refused chunk that did land are recorded too, so taking the import back finds them.
    const refused = new Set(error.map((e) => e.documentId));
    const written = docs.map((d) => (d as { id: string }).id).filter((id) => !refused.has(id));
    step(written.length, written);
    if (error.length) throw new Error(t('importWizard.commit.invalid', { count: error.length }));
  }
};

/**
 * Writes an import in chunks, reporting progress. On cancel or failure it takes back what it wrote
 * (created records removed, changed fields put back) before it rethrows: nothing is half-imported.
 */
export const writeImport = async (db: SalesDeskDatabase, writes: ImportWrites, w: Writer, onProgress: (p: ImportProgress) => void, signal: AbortSignal, t: TFunction): Promise<void> => {
  const total = writes.customers.length + writes.followups.length + writes.patches.length;
  const created: { customers: string[]; followups: string[] } = { customers: [], followups: [] };
  const patched = new Set<string>();
  let done = 0;
  const step = (key: 'customers' | 'followups') => (n: number, ids: string[]) => {
    created[key].push(...ids);
    onProgress({ done: (done += n), total });
  };
  try {
    await insertAll(db.customers, writes.customers, w, step('customers'), signal, t);
    await insertAll(db.followups, writes.followups, w, step('followups'), signal, t);
    for (const collection of ['followups', 'customers'] as const) {
      const patches = writes.patches.filter((p) => p.collection === collection);
      const target = db[collection] as unknown as RxCollection<SyncMeta & { id: string }>;
      for (let i = 0; i < patches.length && !signal.aborted; i += CHUNK) {
        const chunk = patches.slice(i, i + CHUNK);
        await patchManyStamped(target, chunk as never, w);
        for (const p of chunk) patched.add(p.id);
        onProgress({ done: (done += chunk.length), total });
      }
    }
    if (signal.aborted) throw new ImportCancelled(t('importWizard.commit.cancelled'));
  } catch (err) {
    await takeBackImport(db, created, writes.undo.filter((u) => patched.has(u.id)), w);
    throw err;
  }
};

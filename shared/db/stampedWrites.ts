import type { RxCollection, RxDocument } from 'rxdb';
import type { HlcClock } from '../sync/createHlcClock.ts';
import { stampNew, stampPatch } from '../sync/stampWrite.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

/** Who writes from this desktop. */
export type Writer = { memberId: string; clock: HlcClock; now: () => number };

const stampOf = (w: Writer) => ({ now: w.now(), memberId: w.memberId, clock: w.clock.next() });

/** Inserts a new record with every field clocked. */
export const insertStamped = <T extends SyncMeta>(collection: RxCollection<T>, data: Omit<T, keyof SyncMeta>, w: Writer) =>
  collection.insert(stampNew(data, stampOf(w)) as unknown as T);

/**
 * Patches a record, advancing only the touched fields' clocks. incrementalModify applies the patch to
 * the latest stored state, so two quick local edits never overwrite each other.
 */
export const patchStamped = <T extends SyncMeta>(doc: RxDocument<T>, patch: Partial<Omit<T, keyof SyncMeta>>, w: Writer) =>
  doc.incrementalModify((current) => ({ ...current, ...stampPatch(current, patch, stampOf(w)) }) as typeof current);

export type RowPatch<T> = { id: string; patch: Partial<Omit<T, keyof SyncMeta>> };

/**
 * Patches many records in one storage write (a 500-row paste is one transaction, not 500). Each row is
 * written against the state it was read in; a row changed meanwhile (a teammate's edit arriving) is a
 * storage conflict and is re-read and re-applied, so no concurrent edit is overwritten.
 * Returns the ids that no longer exist.
 */
export const patchManyStamped = async <T extends SyncMeta & { id: string }>(collection: RxCollection<T>, patches: readonly RowPatch<T>[], w: Writer): Promise<string[]> => {
  const missing: string[] = [];
  let todo = patches;
  for (let attempt = 0; todo.length > 0; attempt++) {
    if (attempt === 5) throw new Error('保存失败：记录正被频繁修改，请稍后重试。');
    const stored = new Map((await collection.storageInstance.findDocumentsById(todo.map((p) => p.id), false)).map((d) => [d.id, d]));
    missing.push(...todo.filter((p) => !stored.has(p.id)).map((p) => p.id));
    const rows = todo.filter((p) => stored.has(p.id)).map((p) => {
      const previous = stored.get(p.id)!;
      const document: Record<string, unknown> = { ...previous, ...stampPatch(previous, p.patch, stampOf(w)) };
      // A cleared optional field is absent, not undefined (its clock still records the clearing).
      for (const [key, value] of Object.entries(p.patch)) if (value === undefined) delete document[key];
      return { previous, document };
    });
    if (!rows.length) break;
    const { error } = await collection.storageInstance.bulkWrite(rows as never, 'salesdesk-patch-many');
    const conflicted = new Set(error.filter((e) => e.status === 409).map((e) => e.documentId));
    const failed = error.find((e) => e.status !== 409);
    if (failed) throw new Error(`保存失败：${failed.documentId} 未通过校验。`);
    todo = todo.filter((p) => conflicted.has(p.id));
  }
  return missing;
};

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

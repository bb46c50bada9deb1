import type { Hlc } from './hlc.ts';
import { CREATED_CLOCK, unclockedFields, type SyncMeta } from './syncMeta.ts';

/** Who writes, when, and the clock of this one edit (every field it touches shares it). */
export type WriteStamp = { now: number; memberId: string; clock: Hlc };

const clockFor = (fields: object, clock: Hlc): Record<string, Hlc> =>
  Object.fromEntries(Object.keys(fields).filter((k) => !unclockedFields.has(k)).map((k) => [k, clock]));

/** A new document: every business field it has gets the edit's clock (one shared entry). */
export const stampNew = <T extends object>(data: T, stamp: WriteStamp): T & SyncMeta => ({
  ...data,
  createdAt: stamp.now,
  createdBy: stamp.memberId,
  updatedAt: stamp.now,
  updatedBy: stamp.memberId,
  trashed: false,
  clock: { [CREATED_CLOCK]: stamp.clock },
  conflicts: [],
});

/**
 * A patch to an existing document: only the touched fields advance their clocks, and editing a field
 * settles any conflict recorded on it (the person chose a value).
 */
export const stampPatch = <T extends object>(
  current: Pick<SyncMeta, 'clock' | 'conflicts'>,
  patch: T,
  stamp: WriteStamp,
): T & Pick<SyncMeta, 'updatedAt' | 'updatedBy' | 'clock' | 'conflicts'> => ({
  ...patch,
  updatedAt: stamp.now,
  updatedBy: stamp.memberId,
  conflicts: current.conflicts.filter((c) => !(c.field in patch)),
  clock: { ...current.clock, ...clockFor(patch, stamp.clock) },
});

import { canonicalJson, sameJson } from './canonicalJson.ts';
import type { Hlc } from './hlc.ts';
import { CREATED_CLOCK, fieldClock, unclockedFields, type FieldConflict, type SyncMeta } from './syncMeta.ts';

/** What the merge needs of a replicated document. */
export type MergeableDoc = SyncMeta & { id: string; _deleted?: boolean } & Record<string, unknown>;

const clockOf = (doc: MergeableDoc | undefined, field: string): Hlc => (doc ? fieldClock(doc, field) : '');

const newestClock = (doc: MergeableDoc): Hlc => Object.values(doc.clock).reduce((a, b) => (b > a ? b : a), '');

/**
 * The side whose edit of `field` wins. When only one side changed it since the base they share, that
 * edit stands whatever the clocks say: a desktop whose clock is slow still edits after what it has
 * seen. Otherwise the higher clock; equal clocks (should not differ) by value.
 */
const winnerOf = (field: string, base: MergeableDoc | undefined, local: MergeableDoc, remote: MergeableDoc): MergeableDoc => {
  const lc = clockOf(local, field);
  const rc = clockOf(remote, field);
  if (base) {
    const bc = clockOf(base, field);
    if (lc === bc && rc !== bc) return remote;
    if (rc === bc && lc !== bc) return local;
  }
  if (lc !== rc) return lc > rc ? local : remote;
  return canonicalJson(local[field] ?? null) >= canonicalJson(remote[field] ?? null) ? local : remote;
};

/** Both sides changed `field` since the common base, to different values: the loser must be kept. */
const concurrentLoser = (field: string, base: MergeableDoc | undefined, local: MergeableDoc, remote: MergeableDoc, winner: MergeableDoc) => {
  const bc = clockOf(base, field);
  const [lc, rc] = [clockOf(local, field), clockOf(remote, field)];
  const bothChanged = lc !== bc && rc !== bc && lc !== rc;
  if (!bothChanged || sameJson(local[field], remote[field])) return null;
  const loser = winner === local ? remote : local;
  const entry: FieldConflict = { field, clock: clockOf(loser, field), winnerClock: clockOf(winner, field), by: loser.updatedBy, at: loser.updatedAt };
  return field in loser ? { ...entry, value: loser[field] } : entry;
};

/**
 * A side losing a field to a concurrent edit hands on the losers it kept for that field (a third
 * desktop's value): they lost to the new winner too, and must not vanish with the old winner's clock.
 */
const carriedLosers = (loser: MergeableDoc, field: string, winnerClock: Hlc): FieldConflict[] =>
  loser.conflicts.filter((c) => c.field === field && c.winnerClock === clockOf(loser, field)).map((c) => ({ ...c, winnerClock }));

/** Union of both sides' conflicts and the new ones, deduplicated, keeping only those still live. */
const mergeConflicts = (lists: FieldConflict[][], clock: Record<string, Hlc>): FieldConflict[] => {
  const byKey = new Map<string, FieldConflict>();
  for (const entry of lists.flat()) {
    if (clock[entry.field] === entry.winnerClock) byKey.set(`${entry.field}\u0000${entry.clock}`, entry);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e);
};

/**
 * The merged clock in the form the sides used: fields stamped with a side's creation clock `*` read it
 * through `*` again instead of an entry each, so merging a document with an equal copy gives back the
 * same bytes (a desktop that may not write a record must not end up holding a re-stamped copy of it).
 * Of the sides' `*` stamps the one covering most fields is kept (ties: the greater), so the choice is
 * the same whichever side is local.
 */
const compactClock = (merged: Record<string, unknown>, clock: Record<string, Hlc>, stars: readonly (Hlc | undefined)[]): Record<string, Hlc> => {
  const covered = (star: Hlc) => Object.keys(clock).filter((f) => f in merged && clock[f] === star);
  const best = stars
    .filter((star): star is Hlc => Boolean(star))
    .map((star) => ({ star, fields: covered(star) }))
    .sort((a, b) => b.fields.length - a.fields.length || (a.star < b.star ? 1 : -1))[0];
  // A field without any stamp would start reading `*`: keep the long form then.
  const unstamped = Object.keys(merged).some((f) => !unclockedFields.has(f) && !(f in clock));
  if (!best || best.fields.length === 0 || unstamped) return clock;
  const compact: Record<string, Hlc> = { [CREATED_CLOCK]: best.star };
  for (const [field, stamp] of Object.entries(clock)) if (!best.fields.includes(field)) compact[field] = stamp;
  return compact;
};

const fieldsOf = (...docs: MergeableDoc[]): string[] =>
  [...new Set(docs.flatMap((d) => Object.keys(d)))].filter((f) => !unclockedFields.has(f)).sort();

/**
 * Field-level three-way merge with per-field hybrid logical clocks (ARCHITECTURE.md §6).
 * Each field takes the value with the higher clock, so every replica picks the same winner whatever
 * order edits arrive in; a concurrent losing value is kept in `conflicts` until someone edits the field.
 * `base` is the master both sides last agreed on (RxDB's assumedMasterState), absent for a new id.
 */
export const mergeDocs = <T extends MergeableDoc>(base: MergeableDoc | undefined, local: T, remote: T): T => {
  const merged: Record<string, unknown> = { id: local.id };
  const clock: Record<string, Hlc> = {};
  const detected: FieldConflict[] = [];
  for (const field of fieldsOf(local, remote)) {
    const winner = winnerOf(field, base, local, remote);
    if (field in winner) merged[field] = winner[field];
    const c = clockOf(winner, field);
    if (c) clock[field] = c;
    const lost = concurrentLoser(field, base, local, remote, winner);
    if (lost) detected.push(lost, ...carriedLosers(winner === local ? remote : local, field, c));
  }
  const latest = newestClock(local) >= newestClock(remote) ? local : remote;
  const earliest = [local, remote].sort((a, b) => a.createdAt - b.createdAt || (a.createdBy < b.createdBy ? -1 : 1))[0] ?? local;
  return {
    ...merged,
    createdAt: earliest.createdAt,
    createdBy: earliest.createdBy,
    updatedAt: Math.max(local.updatedAt, remote.updatedAt),
    updatedBy: latest.updatedBy,
    clock: compactClock(merged, clock, [local.clock[CREATED_CLOCK], remote.clock[CREATED_CLOCK]]),
    conflicts: mergeConflicts([local.conflicts, remote.conflicts, detected], clock),
    // RxDB's hard delete (a purge) is final on every replica.
    ...(local._deleted !== undefined || remote._deleted !== undefined ? { _deleted: Boolean(local._deleted || remote._deleted) } : {}),
  } as T;
};

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getChangedDocumentsSince } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { sampleFollowUp } from '../../tests/support/sampleFollowUp.ts';
import type { SalesDeskDatabase } from '../db/collections.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { validatingStorage } from '../db/schemaValidator.ts';
import { patchStamped } from '../db/stampedWrites.ts';
import { createHlcClock } from './createHlcClock.ts';
import { stampNew } from './stampWrite.ts';
import type { WireDoc } from './syncProtocol.ts';
import { writePulledRows } from './writePulledRows.ts';

/*
 * Pins what writePulledRows relies on in RxDB's replication protocol (an internal marker, `_meta.o`).
 * If an RxDB upgrade breaks one of these, snapshot-loaded rows stop receiving teammates' edits.
 */
const REPLICATION = 'pin-followups';
const LOADED = '001700000000000:0000:seed';
const LATER = '001700000000001:0000:mate';
const hubDoc = (id: string, summary: string, clock = LOADED): WireDoc => ({ ...stampNew(sampleFollowUp(id, 'm1', { summary }), { now: 1_000, memberId: 'm1', clock }), _deleted: false });

let db: SalesDeskDatabase;
beforeEach(async () => {
  db = await openDatabase({ name: `pulled${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups'] });
});
afterEach(() => db.remove());

/** Loads as a snapshot does; returns the storage checkpoint after the loaded rows (loadSnapshot's `up`). */
const load = async (doc: WireDoc, replicationId: string | undefined) => {
  await writePulledRows(db.followups, [doc], replicationId, 'test');
  return (await getChangedDocumentsSince(db.followups.storageInstance, 1_000)).checkpoint;
};

type Row = { assumedMasterState?: WireDoc; newDocumentState: WireDoc };

/**
 * Replicates with a "hub" that has changed `changed` since the load; returns what was pushed. Like the
 * real hub without `baseSeq`, it answers a row with no assumed master with its own state (a conflict).
 */
const replicateAfterLoad = async (up: unknown, changed: WireDoc[]) => {
  const pushed: Row[] = [];
  const hub = new Map(changed.map((d) => [d.id, d]));
  const push = async (rows: Row[]) => {
    pushed.push(...rows);
    const conflicts = rows.flatMap((r) => (!r.assumedMasterState && hub.has(r.newDocumentState.id) ? [hub.get(r.newDocumentState.id)] : []));
    for (const r of rows) if (!conflicts.some((c) => c?.id === r.newDocumentState.id)) hub.set(r.newDocumentState.id, r.newDocumentState);
    return conflicts;
  };
  const rep = replicateRxCollection({
    collection: db.followups,
    replicationIdentifier: REPLICATION,
    live: false,
    pull: { handler: async (checkpoint?: { seq: number }) => (checkpoint ? { documents: [], checkpoint } : { documents: [...hub.values()] as never[], checkpoint: { seq: 1 } }) },
    // As after a snapshot: nothing loaded is offered back.
    push: { handler: (rows) => push(rows as never) as never, initialCheckpoint: up as never },
  });
  await rep.awaitInitialReplication();
  await rep.cancel();
  return pushed;
};

const docOf = async (id: string) => (await db.followups.findOne(id).exec())?.toJSON();

describe('writePulledRows', () => {
  it('marks rows so that the replication applies the hub’s later edit of them', async () => {
    const up = await load(hubDoc('f1', '原始'), REPLICATION);
    await replicateAfterLoad(up, [hubDoc('f1', '同事改过', LATER)]);
    expect((await docOf('f1'))?.summary).toBe('同事改过');
  });

  it('still treats a local edit of a marked row as unpushed: pushed with no assumed master, then merged', async () => {
    const up = await load(hubDoc('f1', '原始'), REPLICATION);
    await patchStamped((await db.followups.findOne('f1').exec())!, { remark: '本机修改' }, { memberId: 'm1', clock: createHlcClock('me', Date.now), now: Date.now });
    const pushed = await replicateAfterLoad(up, [hubDoc('f1', '同事改过', LATER)]);
    expect(pushed[0]).toEqual({ assumedMasterState: undefined, newDocumentState: expect.objectContaining({ summary: '原始', remark: '本机修改' }) });
    // Not overwritten by the pull: the local edit and the hub's edit are both kept.
    expect(await docOf('f1')).toMatchObject({ summary: '同事改过', remark: '本机修改' });
  });

  it('is needed: RxDB 17.6 skips the hub’s edit of an unmarked row with no replication meta (if this fails, RxDB changed)', async () => {
    const up = await load(hubDoc('f1', '原始'), undefined);
    await replicateAfterLoad(up, [hubDoc('f1', '同事改过', LATER)]);
    expect((await docOf('f1'))?.summary).toBe('原始');
  });
});

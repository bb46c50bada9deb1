import { sameJson } from '../../shared/sync/canonicalJson.ts';
import { mergeDocs, type MergeableDoc } from '../../shared/sync/mergeDocs.ts';
import type { HubStore, PushRow, ReplicatedDoc } from './store/HubStore.ts';

/**
 * A replica that loaded a collection from a snapshot has no per-document "assumed master" for those
 * documents, so its first push of one says "new". Using the hub's own history, such a row is based on
 * the revision the snapshot held: unchanged since → written as is; changed since → merged field by
 * field right here, exactly as the client would have; identical → dropped (nothing to write).
 */
export const rebaseSnapshotRows = (
  store: HubStore,
  collection: string,
  rows: readonly PushRow[],
  baseSeq: number,
  masters: Map<string, ReplicatedDoc>,
): PushRow[] =>
  rows.flatMap((row): PushRow[] => {
    const master = masters.get(row.newDocumentState.id);
    if (row.assumedMasterState || !master) return [row];
    if (sameJson(master, row.newDocumentState)) return [];
    const base = store.revisionAt(collection, master.id, baseSeq);
    if (base && sameJson(base, master)) return [{ assumedMasterState: master, newDocumentState: row.newDocumentState }];
    const merged = mergeDocs(base ? (base as unknown as MergeableDoc) : undefined, row.newDocumentState as unknown as MergeableDoc, master as unknown as MergeableDoc);
    return [{ assumedMasterState: master, newDocumentState: merged as unknown as ReplicatedDoc }];
  });

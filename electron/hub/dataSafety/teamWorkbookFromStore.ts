import { collectionNames, type CollectionName } from '../../../shared/db/collections.ts';
import { buildTeamWorkbook } from '../../../shared/exporter/teamWorkbook/buildTeamWorkbook.ts';
import type { HubStore, ReplicatedDoc } from '../store/HubStore.ts';

const PAGE = 5000;

/** Every current master of a collection, paged by sequence number. */
const allMasters = (store: HubStore, collection: CollectionName): ReplicatedDoc[] => {
  const docs: ReplicatedDoc[] = [];
  for (let after = 0; ; ) {
    const page = store.pull(collection, after, PAGE);
    docs.push(...page.map((row) => row.doc));
    if (page.length < PAGE) return docs;
    after = page.at(-1)?.seq ?? after;
  }
};

/** 导出全部数据 (.xlsx): the hub's current data of every collection, as people read it. */
export const teamWorkbookFromStore = (store: HubStore, exportedAt: number): Promise<Uint8Array> =>
  buildTeamWorkbook({ docs: Object.fromEntries(collectionNames.map((name) => [name, allMasters(store, name)])), exportedAt });

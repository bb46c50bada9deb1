import type { RxCollection } from 'rxdb';
import type { CollectionName } from '../db/collections.ts';
import type { HubConnection } from './hubConnection.ts';
import { MAX_PULL_LIMIT } from './syncProtocol.ts';

/**
 * A rep under 销售只看自己的客户 who was offline when a customer was reassigned away, or when the rule was
 * switched on, still holds what they may no longer see. Once the collection is in sync this lists the ids
 * the replica holds; the hub answers `hide` with those to drop (applied by downstreamEvents).
 */
export const reconcileHidden = async (collection: RxCollection, name: CollectionName, conn: HubConnection): Promise<void> => {
  const ids = (await collection.find().exec()).map((doc: { primary: string }) => doc.primary);
  for (let i = 0; i < ids.length; i += MAX_PULL_LIMIT) {
    await conn.request({ t: 'holding', collection: name, ids: ids.slice(i, i + MAX_PULL_LIMIT) }, 'hide');
  }
};

import { HISTORY_LIMIT, type HistoryRequest, type HistoryResponse } from '../../shared/sync/teamApiSchemas.ts';
import type { HubStore } from './store/HubStore.ts';

/** The newest accepted revisions of one record, oldest first, with who wrote each and from which desktop. */
export const rowHistory = (store: HubStore, { collection, id }: HistoryRequest, limit = HISTORY_LIMIT): HistoryResponse => {
  const all = store.history(collection, id);
  const kept = all.slice(-limit);
  return {
    revisions: kept.map((r) => ({ seq: r.seq, at: r.at, memberId: r.memberId, deviceId: r.deviceId, doc: r.doc })),
    complete: kept.length === all.length,
  };
};

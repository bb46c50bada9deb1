import { useCallback, useEffect, useState } from 'react';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { AUDIT_API_PREFIX, trashListSchema, type TrashItem } from '../../../../../shared/sync/auditApiSchemas.ts';
import { hubGet } from '../../../../../shared/sync/hubGet.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { localTrash } from '../utils/localTrash.ts';

/** local: read from this desktop's own store (no hub); ready: the hub's answer. */
export type TrashState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; items: TrashItem[]; truncated: boolean; local: boolean };

/**
 * The team's deleted records: from the hub (trashed and purged, what this member may restore), or —
 * with no hub — this desktop's own 回收站. `reload` asks again (after a restore has synced).
 */
export const useTrashList = (type: CollectionName | ''): { state: TrashState; reload: () => void } => {
  const db = useDatabase();
  const { hub, memberId } = useProfile();
  const [state, setState] = useState<{ key: string; state: TrashState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const url = hub?.url;
  const token = hub?.token;
  const key = `${type}/${attempt}`;
  useEffect(() => {
    const abort = new AbortController();
    const done = (next: TrashState) => !abort.signal.aborted && setState({ key, state: next });
    if (!url || !token) {
      void localTrash(db, type).then((items) => done({ kind: 'ready', items, truncated: false, local: true }));
    } else {
      void hubGet(url, token, `${AUDIT_API_PREFIX}trash${type ? `?type=${type}` : ''}`, trashListSchema, abort.signal).then(async (result) => {
        if (result.ok) return done({ kind: 'ready', ...result.value, local: false });
        // Offline: this desktop's own 回收站 still answers (records purged elsewhere are only on the hub).
        if (result.reason === 'unreachable') return done({ kind: 'ready', items: await localTrash(db, type), truncated: false, local: true });
        done({ kind: 'error', message: result.message });
      });
    }
    return () => abort.abort();
  }, [db, url, token, type, key, memberId]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state: state?.key === key ? state.state : { kind: 'loading' }, reload };
};

import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchRowHistory } from '../../../../../shared/sync/fetchRowHistory.ts';
import { historyDiff, type HistoryEntry } from '../../../../../shared/sync/historyDiff.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useSyncStatus } from '../../../sync/SyncStatusContext.ts';

/** local: no hub; offline: hub not reachable now; error: the hub refused or answered nonsense. */
export type RowHistoryState =
  | { kind: 'local' }
  | { kind: 'offline' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; entries: HistoryEntry[]; complete: boolean; shown: number };

type Loaded = { id: string; state: RowHistoryState };

// A follow-up's sort key mirrors 跟进时间; showing both would say the same thing twice.
const DERIVED = ['followedDesc'];
// After an edit arrives, wait a moment so the hub has the revision our own pending push is about to write.
const REFETCH_DELAY_MS = 600;

/**
 * A follow-up's change history (newest first), read from the hub with this member's token. Refetched when
 * `version` (the row's updatedAt) changes, so a teammate's edit shows up; earlier entries stay on screen meanwhile.
 */
export const useRowHistory = (id: string, version: number | undefined): { state: RowHistoryState; reload: () => void } => {
  const { hub } = useProfile();
  const offline = useSyncStatus().kind === 'offline';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fetchedId = useRef<string | null>(null);
  const url = hub?.url;
  const token = hub?.token;
  useEffect(() => {
    if (!url || !token || offline) return undefined;
    const abort = new AbortController();
    const delay = fetchedId.current === id ? REFETCH_DELAY_MS : 0;
    fetchedId.current = id;
    const timer = setTimeout(() => {
      void fetchRowHistory(url, token, { collection: 'followups', id }, abort.signal).then((result) => {
        if (abort.signal.aborted) return;
        if (result.ok) {
          const { revisions, complete } = result.value;
          setLoaded({ id, state: { kind: 'ready', entries: historyDiff(revisions, { complete, ignore: DERIVED }).reverse(), complete, shown: revisions.length } });
        } else setLoaded({ id, state: result.reason === 'unreachable' ? { kind: 'offline' } : { kind: 'error', message: result.message } });
      });
    }, delay);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [url, token, offline, id, version, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  if (!url || !token) return { state: { kind: 'local' }, reload };
  if (offline) return { state: { kind: 'offline' }, reload };
  return { state: loaded?.id === id ? loaded.state : { kind: 'loading' }, reload };
};

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { fetchRowHistory } from '../../../../../shared/sync/fetchRowHistory.ts';
import { historyDiff, type HistoryEntry } from '../../../../../shared/sync/historyDiff.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useSyncStatus } from '../../../sync/SyncStatusContext.ts';

/** local: no hub; offline: hub not reachable now; error: the hub refused or answered nonsense. */
export type RecordHistoryState =
  | { kind: 'local' }
  | { kind: 'offline' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; entries: HistoryEntry[]; versions: ReadonlyMap<number, Record<string, unknown>>; complete: boolean; shown: number };

type Loaded = { key: string; state: RecordHistoryState };

// Derived from another field (跟进时间's sort key, the name's duplicate key): showing both says the same thing twice.
export const DERIVED_FIELDS = ['followedDesc', 'nameKey', 'phoneKeys'];
// Bookkeeping the app writes beside an edit (a report's edit log, read receipts): the entry already says who and when.
const NOISE = ['edits', 'readBy'];
// After an edit arrives, wait a moment so the hub has the revision our own pending push is about to write.
const REFETCH_DELAY_MS = 600;

/**
 * A record's change history (newest first) from the hub, with each revision's whole document for
 * 恢复到此版本. Refetched when `version` (the record's updatedAt) changes, so a teammate's edit — or our
 * own restore — shows up; earlier entries stay on screen meanwhile.
 */
export const useRecordHistory = (collection: CollectionName, id: string, version: number | undefined): { state: RecordHistoryState; reload: () => void } => {
  const { hub } = useProfile();
  const offline = useSyncStatus().kind === 'offline';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fetchedKey = useRef<string | null>(null);
  const url = hub?.url;
  const token = hub?.token;
  const key = `${collection}/${id}`;
  useEffect(() => {
    if (!url || !token || offline) return undefined;
    const abort = new AbortController();
    const delay = fetchedKey.current === key ? REFETCH_DELAY_MS : 0;
    fetchedKey.current = key;
    const timer = setTimeout(() => {
      void fetchRowHistory(url, token, { collection, id }, abort.signal).then((result) => {
        if (abort.signal.aborted) return;
        if (!result.ok) return setLoaded({ key, state: result.reason === 'unreachable' ? { kind: 'offline' } : { kind: 'error', message: result.message } });
        const { revisions, complete } = result.value;
        const entries = historyDiff(revisions, { complete, ignore: [...DERIVED_FIELDS, ...NOISE] }).reverse();
        const versions = new Map(revisions.map((r) => [r.seq, r.doc]));
        setLoaded({ key, state: { kind: 'ready', entries, versions, complete, shown: revisions.length } });
      });
    }, delay);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [url, token, offline, collection, id, key, version, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  if (!url || !token) return { state: { kind: 'local' }, reload };
  if (offline) return { state: { kind: 'offline' }, reload };
  return { state: loaded?.key === key ? loaded.state : { kind: 'loading' }, reload };
};

import { decodeDashboardSnapshot, encodeDashboardSnapshot, type DashboardSnapshot } from '../../../../../shared/dashboard/dashboardSnapshot.ts';

/*
 * The 看板's snapshot lives in the Cache API, not IndexedDB: IndexedDB serves requests in order, so a
 * read there would wait behind the app's own read of 100,000 follow-ups at start, which is what the
 * snapshot is for. The Cache API needs a secure page (the desktop's app://, a hub on this computer);
 * elsewhere (a browser on the LAN over plain http) there is simply no snapshot.
 */
const CACHE = 'salesdesk-dashboard';
const keyOf = (scope: string): string => `https://salesdesk.invalid/dashboard-snapshot/${encodeURIComponent(scope)}`;

export const loadDashboardSnapshot = async (scope: string): Promise<DashboardSnapshot | null> => {
  if (typeof caches === 'undefined') return null;
  try {
    const response = await caches.match(keyOf(scope), { cacheName: CACHE });
    return response ? decodeDashboardSnapshot(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
};

/** Keeps the snapshot for next time; a failure (no room, no Cache API) only means no snapshot. */
export const saveDashboardSnapshot = async (scope: string, snapshot: DashboardSnapshot): Promise<void> => {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(CACHE);
    await cache.put(keyOf(scope), new Response(encodeDashboardSnapshot(snapshot), { headers: { 'content-type': 'application/octet-stream' } }));
  } catch {
    // Nothing to do: the page draws from the store, only later.
  }
};

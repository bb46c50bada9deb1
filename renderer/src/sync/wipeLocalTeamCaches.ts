/**
 * What a removed member's desktop keeps of the team outside RxDB: attachments' bytes (IndexedDB
 * 'salesdesk-blobs'), the 看板's snapshot (Cache API 'salesdesk-dashboard') and unsaved 日报 text
 * (localStorage). Removed with the replica. A deletion blocked by an open connection completes when the
 * page reloads, so nothing here waits for it.
 */
export const wipeLocalTeamCaches = async (): Promise<void> => {
  indexedDB.deleteDatabase('salesdesk-blobs');
  for (let i = window.localStorage.length - 1; i >= 0; i--) {
    const key = window.localStorage.key(i);
    if (key?.startsWith('salesdesk.reportDraft.')) window.localStorage.removeItem(key);
  }
  if (typeof caches !== 'undefined') await caches.delete('salesdesk-dashboard').catch(() => false);
};

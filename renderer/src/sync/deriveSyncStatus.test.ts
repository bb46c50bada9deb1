import { describe, expect, it } from 'vitest';
import { deriveSyncStatus } from './deriveSyncStatus.ts';

describe('deriveSyncStatus', () => {
  it('is local-only without a hub', () => {
    expect(deriveSyncStatus({ connection: null, active: false, pending: 3 })).toEqual({ kind: 'local' });
  });

  it('is synced only when online, idle and nothing waits', () => {
    const online = { state: 'online' as const, since: 1 };
    expect(deriveSyncStatus({ connection: online, active: false, pending: 0 })).toEqual({ kind: 'synced' });
    expect(deriveSyncStatus({ connection: online, active: true, pending: 0 })).toEqual({ kind: 'syncing', pending: 0 });
    expect(deriveSyncStatus({ connection: online, active: false, pending: 4 })).toEqual({ kind: 'syncing', pending: 4 });
  });

  it('keeps the offline time and the queued edits', () => {
    expect(deriveSyncStatus({ connection: { state: 'offline', since: 99, reason: '断开' }, active: false, pending: 2 })).toEqual({ kind: 'offline', since: 99, pending: 2, reason: '断开' });
    expect(deriveSyncStatus({ connection: { state: 'refused', since: 5, code: 'revoked', reason: '已撤销' }, active: false, pending: 0 })).toEqual({ kind: 'refused', reason: '已撤销' });
  });
});

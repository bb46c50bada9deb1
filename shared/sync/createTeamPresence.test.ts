import { BehaviorSubject, Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTeamPresence, type PresenceLink } from './createTeamPresence.ts';
import type { ConnectionState, PresenceEvent, Welcome } from './hubConnection.ts';
import type { EditingCell } from './syncProtocol.ts';

const cell = (id: string): EditingCell => ({ collection: 'followups', id, field: 'status' });
const event = (session: string, editing: EditingCell | null): PresenceEvent => ({ t: 'presence', session, memberId: `m-${session}`, deviceId: `d-${session}`, editing, at: 0 });
const welcome: Welcome = { t: 'welcome', hubId: 'h', epoch: 'e', member: { id: 'me', role: 'rep' }, serverTime: 0 };

/** The connection's side of presence as plain subjects: what was sent is recorded, what arrives is pushed by the test. */
const link = () => {
  const sent: (EditingCell | null)[] = [];
  const l = {
    state$: new BehaviorSubject<ConnectionState>({ state: 'online', since: 0 }),
    welcome$: new Subject<Welcome>(),
    presence$: new Subject<PresenceEvent>(),
    sendPresence: (e: EditingCell | null) => void sent.push(e),
  } satisfies PresenceLink;
  return { ...l, sent };
};

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('createTeamPresence', () => {
  it('tracks teammates’ editors and expires one whose refreshes stop', () => {
    const l = link();
    const p = createTeamPresence(l, { ttlMs: 30_000 });
    l.presence$.next(event('a', cell('f1')));
    vi.advanceTimersByTime(15_000);
    l.presence$.next(event('b', cell('f2')));
    expect([...p.presence$.value.keys()]).toEqual(['a', 'b']);
    vi.advanceTimersByTime(15_000);
    expect([...p.presence$.value.keys()]).toEqual(['b']);
    l.presence$.next(event('b', null));
    expect(p.presence$.value.size).toBe(0);
    p.stop();
  });

  it('clears everyone on disconnect, and re-announces its own editor after the next welcome', () => {
    const l = link();
    const p = createTeamPresence(l);
    p.setEditing(cell('f1'));
    l.presence$.next(event('a', cell('f2')));
    l.state$.next({ state: 'offline', since: 1, reason: '断开' });
    expect(p.presence$.value.size).toBe(0);
    l.state$.next({ state: 'online', since: 2 });
    l.welcome$.next(welcome);
    expect(l.sent).toEqual([cell('f1'), cell('f1')]);
    p.stop();
  });

  it('sends only changes, refreshes an open editor, and closes it on stop', () => {
    const l = link();
    const p = createTeamPresence(l, { refreshMs: 10_000 });
    p.setEditing(cell('f1'));
    p.setEditing({ ...cell('f1') });
    vi.advanceTimersByTime(10_000);
    expect(l.sent).toEqual([cell('f1'), cell('f1')]);
    p.setEditing(null);
    vi.advanceTimersByTime(30_000);
    expect(l.sent).toEqual([cell('f1'), cell('f1'), null]);
    p.setEditing(cell('f2'));
    p.stop();
    p.setEditing(cell('f3'));
    expect(l.sent.slice(3)).toEqual([cell('f2'), null]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyPresence, expirePresence, type PresenceMap } from './presenceMap.ts';

const cell = (id: string, field = 'status') => ({ collection: 'followups' as const, id, field });
const from = (session: string, editing: ReturnType<typeof cell> | null) => ({ session, memberId: `m-${session}`, deviceId: `d-${session}`, editing });

describe('the presence map', () => {
  it('adds, replaces and clears a session’s editor', () => {
    let map: PresenceMap = new Map();
    map = applyPresence(map, from('a', cell('f1')), 100);
    map = applyPresence(map, from('b', cell('f2')), 110);
    expect(map.get('a')).toEqual({ memberId: 'm-a', deviceId: 'd-a', editing: cell('f1'), at: 100 });
    map = applyPresence(map, from('a', cell('f3', 'amount')), 120);
    expect(map.get('a')?.editing).toEqual(cell('f3', 'amount'));
    expect(map.size).toBe(2);
    map = applyPresence(map, from('a', null), 130);
    expect([...map.keys()]).toEqual(['b']);
  });

  it('keeps the same map when a session with no editor closes one', () => {
    const map: PresenceMap = new Map();
    expect(applyPresence(map, from('a', null), 1)).toBe(map);
  });

  it('expires editors not refreshed within the TTL, and a refresh keeps one alive', () => {
    let map: PresenceMap = applyPresence(new Map(), from('a', cell('f1')), 0);
    map = applyPresence(map, from('b', cell('f2')), 10_000);
    expect(expirePresence(map, 29_999, 30_000)).toBe(map);
    map = applyPresence(map, from('a', cell('f1')), 20_000); // refreshed
    expect([...expirePresence(map, 40_000, 30_000).keys()]).toEqual(['a']);
    expect(expirePresence(map, 50_000, 30_000).size).toBe(0);
  });
});

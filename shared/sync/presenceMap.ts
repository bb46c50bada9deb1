import type { EditingCell } from './syncProtocol.ts';

/** A teammate's open editor; `at` is when this client last heard of it (its own clock, so hub skew cannot expire it early). */
export type PresenceEntry = { memberId: string; deviceId: string; editing: EditingCell; at: number };
/** Hub session id → that session's open editor. Sessions with no editor open are absent. */
export type PresenceMap = ReadonlyMap<string, PresenceEntry>;
type PresenceUpdate = { session: string; memberId: string; deviceId: string; editing: EditingCell | null };

/** The map after one presence message: a new cell replaces the session's old one, null removes it. */
export const applyPresence = (map: PresenceMap, u: PresenceUpdate, receivedAt: number): PresenceMap => {
  if (!u.editing && !map.has(u.session)) return map;
  const next = new Map(map);
  if (u.editing) next.set(u.session, { memberId: u.memberId, deviceId: u.deviceId, editing: u.editing, at: receivedAt });
  else next.delete(u.session);
  return next;
};

/** Drops editors not refreshed within `ttlMs` (their desktop went quiet); the same map when none expired. */
export const expirePresence = (map: PresenceMap, now: number, ttlMs: number): PresenceMap => {
  const stale = [...map].filter(([, e]) => now - e.at >= ttlMs);
  if (!stale.length) return map;
  const next = new Map(map);
  for (const [session] of stale) next.delete(session);
  return next;
};

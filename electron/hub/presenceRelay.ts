import type { EditingCell, HubMessage } from '../../shared/sync/syncProtocol.ts';
import type { SyncSession } from './syncSession.ts';

export type PresenceRelay = {
  /** A session's editor opened or closed: relayed to every other authenticated session, rate-limited. */
  update: (s: SyncSession, editing: EditingCell | null) => void;
  /** A session just authenticated: tells it which cells the others are editing now. */
  joined: (s: SyncSession) => void;
  /** A socket closed: the others see its editor close. */
  left: (s: SyncSession) => void;
};

export type PresenceLimits = { burst: number; perSecond: number };

/** Generous for a person (an open and a close per cell), tight for a runaway client. */
const defaultLimits: PresenceLimits = { burst: 20, perSecond: 5 };

type Slot = { editing: EditingCell | null; sent: EditingCell | null; tokens: number; refilledAt: number; timer: ReturnType<typeof setTimeout> | null };

/**
 * Relays presence between the sessions of a team. Identity comes from the session, never the message.
 * Over the limit, messages are dropped but the latest state is sent once a token is back, so nobody is
 * left showing a stale editor.
 */
export const createPresenceRelay = (sessions: ReadonlySet<SyncSession>, now: () => number, limits: PresenceLimits = defaultLimits): PresenceRelay => {
  const slots = new Map<SyncSession, Slot>();
  const message = (s: SyncSession, editing: EditingCell | null): HubMessage => ({
    t: 'presence', session: s.id, memberId: s.writer?.memberId ?? '', deviceId: s.deviceId, editing, at: now(),
  });
  const relay = (s: SyncSession, slot: Slot) => {
    slot.sent = slot.editing;
    const data = JSON.stringify(message(s, slot.editing));
    for (const other of sessions) if (other !== s && other.writer && other.socket.readyState === other.socket.OPEN) other.socket.send(data);
  };
  const refill = (slot: Slot) => {
    const t = now();
    slot.tokens = Math.min(limits.burst, slot.tokens + ((t - slot.refilledAt) * limits.perSecond) / 1000);
    slot.refilledAt = t;
  };
  const flushLater = (s: SyncSession, slot: Slot) => {
    if (slot.timer) return;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      refill(slot);
      slot.tokens = Math.max(0, slot.tokens - 1);
      relay(s, slot);
    }, Math.ceil(((1 - slot.tokens) * 1000) / limits.perSecond));
  };
  return {
    update: (s, editing) => {
      const slot = slots.get(s) ?? { editing: null, sent: null, tokens: limits.burst, refilledAt: now(), timer: null };
      slots.set(s, slot);
      slot.editing = editing;
      refill(slot);
      if (slot.tokens < 1) return flushLater(s, slot);
      slot.tokens -= 1;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      relay(s, slot);
    },
    joined: (s) => {
      for (const [other, slot] of slots) if (other !== s && other.writer && slot.editing) s.send(message(other, slot.editing));
    },
    left: (s) => {
      const slot = slots.get(s);
      if (!slot) return;
      if (slot.timer) clearTimeout(slot.timer);
      slots.delete(s);
      slot.editing = null;
      if (slot.sent) relay(s, slot);
    },
  };
};

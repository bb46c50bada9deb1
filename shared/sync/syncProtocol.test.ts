import { describe, expect, it } from 'vitest';
import { clientMessageSchema, hubMessageSchema } from './syncProtocol.ts';

const cell = { collection: 'followups', id: 'f1', field: 'status' };

describe('presence messages', () => {
  it('accepts an open editor and a closed one', () => {
    expect(clientMessageSchema.parse({ t: 'presence', editing: cell })).toEqual({ t: 'presence', editing: cell });
    expect(clientMessageSchema.parse({ t: 'presence', editing: null })).toEqual({ t: 'presence', editing: null });
  });

  it('strips any identity a client claims: the hub stamps it', () => {
    expect(clientMessageSchema.parse({ t: 'presence', editing: cell, memberId: 'forged', deviceId: 'x' })).toEqual({ t: 'presence', editing: cell });
  });

  it('refuses unknown collections, empty or oversized ids and fields, and a missing editing', () => {
    const bad = [
      { t: 'presence', editing: { ...cell, collection: 'secrets' } },
      { t: 'presence', editing: { ...cell, id: '' } },
      { t: 'presence', editing: { ...cell, id: 'x'.repeat(81) } },
      { t: 'presence', editing: { ...cell, field: 'x'.repeat(121) } },
      { t: 'presence', editing: { collection: 'followups', id: 'f1' } },
      { t: 'presence' },
    ];
    for (const m of bad) expect(clientMessageSchema.safeParse(m).success).toBe(false);
  });

  it('reads the hub relay of a teammate’s editor', () => {
    const m = { t: 'presence', session: 's1', memberId: 'm1', deviceId: 'd1', editing: cell, at: 1 };
    expect(hubMessageSchema.parse(m)).toEqual(m);
    expect(hubMessageSchema.safeParse({ ...m, memberId: undefined }).success).toBe(false);
  });
});

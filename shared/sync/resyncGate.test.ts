import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from './hubConnection.ts';
import { createResyncGate } from './resyncGate.ts';

const change = (collection: 'followups' | 'members', seq: number, id = `d${seq}`): ChangeEvent => ({ t: 'change', collection, documents: [{ id, _deleted: false }], checkpoint: { seq } });

/** Timers the test fires by hand. */
const manualTimers = () => {
  let tick: (() => void) | null = null;
  return {
    timers: { setInterval: ((fn: () => void) => ((tick = fn), 1)) as unknown as typeof setInterval, clearInterval: (() => (tick = null)) as unknown as typeof clearInterval },
    fire: () => tick?.(),
    running: () => tick !== null,
  };
};

describe('createResyncGate', () => {
  it('holds a collection’s changes until its first pull, then drops those the pull covered and passes the rest in order', () => {
    const source = new Subject<ChangeEvent>();
    const gate = createResyncGate(() => undefined, 1000, 20, manualTimers().timers);
    const seen: number[] = [];
    gate.changes$(source).subscribe((c) => seen.push(c.checkpoint.seq));
    gate.welcome(['followups', 'members']);
    source.next(change('followups', 140)); // committed before the hub answered the pull: in the pull
    source.next(change('followups', 150)); // committed after: not in it
    source.next(change('members', 151));
    expect(seen).toEqual([]);
    gate.pulled('followups', 145);
    expect(seen).toEqual([150]);
    source.next(change('followups', 160));
    expect(seen).toEqual([150, 160]);
    gate.pulled('members', 100);
    expect(seen).toEqual([150, 160, 151]);
  });

  it('repeats RESYNC until every collection has pulled, at most `tries` times, and starts over on the next welcome', () => {
    const { timers, fire, running } = manualTimers();
    let resyncs = 0;
    const gate = createResyncGate(() => resyncs++, 1000, 3, timers);
    gate.welcome(['followups', 'members']);
    fire();
    fire();
    gate.pulled('followups', 0);
    fire();
    expect(resyncs).toBe(3);
    fire();
    expect(resyncs).toBe(3);
    expect(running()).toBe(false);
    gate.welcome(['followups']);
    fire();
    expect(resyncs).toBe(4);
    gate.pulled('followups', 0);
    expect(running()).toBe(false);
  });
});

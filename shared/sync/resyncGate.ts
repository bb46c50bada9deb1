import { Subject, filter, merge, share, type Observable } from 'rxjs';
import type { CollectionName } from '../db/collections.ts';
import type { ChangeEvent } from './hubConnection.ts';

/**
 * After every welcome (a start or a reconnect), each collection must pull from its checkpoint before
 * any live change is applied. A change applied first moves the checkpoint past commits the desktop
 * never received (the broadcast lost when the hub died, or sent before this socket said hello), and
 * the pull that follows starts after them: those rows were missing on that desktop for good (found by
 * the fault suite, hub killed during sync). And RxDB 17.6 drops a RESYNC that arrives in the same batch
 * as changes, so the pull may never come.
 *
 * So, per collection: live changes are held until its first pull reply on this connection; then those
 * the pull already covers (at or below its checkpoint) are dropped and the rest go on, in order. RESYNC
 * is repeated until that pull happens.
 */
export type ResyncGate = {
  /** A welcome: every collection holds its changes until its pull again. */
  welcome: (names: readonly CollectionName[]) => void;
  /** A pull reply for `name` up to `seq`: held changes after it go on, and later ones pass straight through. */
  pulled: (name: CollectionName, seq: number) => void;
  /** The live changes of every collection, held while that collection waits for its pull. */
  changes$: (source: Observable<ChangeEvent>) => Observable<ChangeEvent>;
  stop: () => void;
};

/** Repeats `resync` every `everyMs` (at most `tries` times per welcome) while a collection still waits. */
// Wrapped, not passed bare: a browser's setInterval called as a method of another object throws 'Illegal invocation'.
const globalTimers = { setInterval: (fn: () => void, ms: number) => setInterval(fn, ms), clearInterval: (t: ReturnType<typeof setInterval>) => clearInterval(t) };

export const createResyncGate = (resync: () => void, everyMs: number, tries = 20, timers = globalTimers): ResyncGate => {
  const held = new Map<string, ChangeEvent[]>();
  const released$ = new Subject<ChangeEvent>();
  let timer: ReturnType<typeof setInterval> | null = null;
  const halt = () => {
    if (timer !== null) timers.clearInterval(timer);
    timer = null;
  };
  return {
    welcome: (names) => {
      // What an earlier connection held is covered by the pull this welcome leads to.
      held.clear();
      names.forEach((n) => held.set(n, []));
      halt();
      let left = tries;
      timer = timers.setInterval(() => {
        if (held.size === 0 || left-- <= 0) return halt();
        resync();
      }, everyMs);
    },
    pulled: (name, seq) => {
      const waiting = held.get(name);
      if (!waiting) return;
      held.delete(name);
      if (held.size === 0) halt();
      for (const change of waiting) if (change.checkpoint.seq > seq) released$.next(change);
    },
    changes$: (source) =>
      merge(
        source.pipe(
          filter((change) => {
            const waiting = held.get(change.collection);
            waiting?.push(change);
            return !waiting;
          }),
        ),
        released$,
      ).pipe(share()), // one hold per change, however many collections listen
    stop: halt,
  };
};

import type { ImportLimits, ReadControl } from './importTypes.ts';

export type StopCode = 'timeout' | 'cancelled';

export type ReadDeadline = {
  /** Throws when the time is up or the host cancelled; called between chunks of work. */
  check: () => void;
  /** Settles with `work`, or rejects as soon as the time is up or the host cancels. */
  race: <T>(work: Promise<T>) => Promise<T>;
  /** Why `err` stopped the read, or null when it is some other error. */
  stopCode: (err: unknown) => StopCode | null;
};

const STOP = Symbol('read stopped');
type Stopped = Error & { [STOP]: StopCode };

const stopped = (code: StopCode): Stopped => Object.assign(new Error(code), { [STOP]: code });

/**
 * The time limit and cancellation of one read. A synchronous hang inside one step cannot be
 * interrupted from the same thread: the host (worker) enforces a hard stop; this one stops
 * everything that yields (unzipping, parsing, converting rows) and reports it cleanly.
 */
export const readDeadline = (limits: ImportLimits, control: ReadControl = {}): ReadDeadline => {
  const now = control.now ?? (() => Date.now());
  const end = now() + limits.timeoutMs;
  const check = () => {
    if (control.signal?.aborted) throw stopped('cancelled');
    if (now() > end) throw stopped('timeout');
  };
  const race = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(stopped('timeout')), Math.max(0, end - now()));
      const onAbort = () => reject(stopped('cancelled'));
      control.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        control.signal?.removeEventListener('abort', onAbort);
      };
      work.then(
        (v) => {
          done();
          resolve(v);
        },
        (e: unknown) => {
          done();
          reject(e);
        },
      );
    });
  const stopCode = (err: unknown): StopCode | null => (err instanceof Error && STOP in err ? (err as Stopped)[STOP] : null);
  return { check, race, stopCode };
};

import { useCallback, useEffect, useRef } from 'react';
import type { ImportRequest, ImportResponse, ImportResult, WorkProgress } from '../worker/importWorkerProtocol.ts';

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void; onProgress?: (progress: WorkProgress) => void };

/** Longest a step may take before the worker is stopped (the engine's own limits usually answer sooner). */
const STEP_TIMEOUT_MS = 120_000;

/**
 * The import worker as async calls. `cancel` stops the worker outright (whatever it was reading), so a
 * stuck or huge file can always be abandoned; the next call starts a fresh worker.
 */
export const useImportWorker = (messages: { cancelled: string; timeout: string }) => {
  const worker = useRef<Worker | null>(null);
  /** Bumped each time a worker is stopped: what it held (the opened workbook) is gone. */
  const generation = useRef(0);
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  const stop = useCallback((message: string) => {
    worker.current?.terminate();
    worker.current = null;
    generation.current++;
    for (const p of pending.current.values()) p.reject(new Error(message));
    pending.current.clear();
  }, []);

  const ensure = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('../worker/importWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ImportResponse>) => {
      const p = pending.current.get(e.data.id);
      if ('progress' in e.data) return p?.onProgress?.(e.data.progress);
      pending.current.delete(e.data.id);
      if (e.data.ok) p?.resolve(e.data.result);
      else p?.reject(new Error(e.data.message));
    };
    w.onerror = (e) => stop(e.message || messages.cancelled);
    return (worker.current = w);
  }, [stop, messages.cancelled]);

  const call = useCallback(
    <T extends ImportRequest['type']>(request: Extract<ImportRequest, { type: T }>, transfer: Transferable[] = [], onProgress?: (progress: WorkProgress) => void): Promise<ImportResult[T]> => {
      const id = nextId.current++;
      const w = ensure();
      return new Promise<ImportResult[T]>((resolve, reject) => {
        const timer = setTimeout(() => stop(messages.timeout), STEP_TIMEOUT_MS);
        const done = <A,>(f: (a: A) => void) => (a: A) => (clearTimeout(timer), f(a));
        pending.current.set(id, { resolve: done(resolve as (v: unknown) => void), reject: done(reject), ...(onProgress ? { onProgress } : {}) });
        w.postMessage({ ...request, id }, transfer);
      });
    },
    [ensure, stop, messages.timeout],
  );

  useEffect(() => () => stop(messages.cancelled), [stop, messages.cancelled]);
  return { call, cancel: () => stop(messages.cancelled), generation: () => generation.current };
};

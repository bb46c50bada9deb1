import { useCallback, useMemo, useRef, useState } from 'react';

type History<S> = { done: S[]; undone: S[] };

const EMPTY: History<never> = { done: [], undone: [] };

/** Where a history lives: by default the component's; a page whose undo must outlive a visit elsewhere keeps one per database. */
export type UndoBox<S> = { history: History<S> };

export const undoBox = <S,>(): UndoBox<S> => ({ history: EMPTY });

/** How many steps are kept: a day's work, not a memory leak. */
const KEPT = 200;

/**
 * An undo history of whole steps (a 500-row paste, a merge of two customers), each undone and redone
 * as one. `apply(step, side)` writes a step's 'before' or 'after' values. A write the store refuses is
 * said in words (`onError`) and the history goes back to what it was: no step is kept for an edit
 * that did not land.
 */
export const useUndoHistory = <S,>(apply: (step: S, side: 'before' | 'after') => Promise<unknown>, onError: (message: string) => void, box?: UndoBox<S>) => {
  // The box holds the history (updated before any await, so an undo pressed at once finds its step); the state re-renders the buttons.
  const [own] = useState(undoBox<S>);
  const [history, setHistory] = useState<History<S>>((box ?? own).history);
  // A box is the component's or its database's for life, so the first one stays.
  const ref = useRef(box ?? own);
  const set = useCallback((next: History<S>) => {
    ref.current.history = next;
    setHistory(next);
  }, []);
  const record = useCallback((step: S) => set({ done: [...ref.current.history.done.slice(-(KEPT - 1)), step], undone: [] }), [set]);
  /** Replaces a recorded step (a paste that also appended rows is still one step). */
  const replace = useCallback((old: S, step: S) => set({ ...ref.current.history, done: [...ref.current.history.done.filter((s) => s !== old), step] }), [set]);
  const undo = useCallback(async () => {
    const step = ref.current.history.done.at(-1);
    if (step === undefined) return;
    set({ done: ref.current.history.done.slice(0, -1), undone: [...ref.current.history.undone, step] });
    await apply(step, 'before');
  }, [apply, set]);
  const redo = useCallback(async () => {
    const step = ref.current.history.undone.at(-1);
    if (step === undefined) return;
    set({ done: [...ref.current.history.done, step], undone: ref.current.history.undone.slice(0, -1) });
    await apply(step, 'after');
  }, [apply, set]);
  const run = useCallback(
    async <R,>(action: () => Promise<R>, fallback: R): Promise<R> => {
      const before = ref.current.history;
      try {
        return await action();
      } catch (err) {
        set(before);
        onError(err instanceof Error ? err.message : String(err));
        return fallback;
      }
    },
    [onError, set],
  );
  return useMemo(
    () => ({ record, replace, undo, redo, run, canUndo: history.done.length > 0, canRedo: history.undone.length > 0, last: history.done.at(-1) }),
    [record, replace, undo, redo, run, history],
  );
};

import { z } from 'zod';

/** Kept outside the (wiped) database, so the explanation outlives the replica until the user starts again. */
const KEY = 'salesdesk.removedFromTeam';
const EVENT = 'salesdesk:removed-from-team';
const removedSchema = z.object({ team: z.string().max(200), at: z.number() });
export type RemovedFromTeam = z.infer<typeof removedSchema>;

export const markRemovedFromTeam = (info: RemovedFromTeam): void => {
  window.localStorage.setItem(KEY, JSON.stringify(info));
  window.dispatchEvent(new Event(EVENT));
};

export const readRemovedFromTeam = (): RemovedFromTeam | null => {
  try {
    const parsed = removedSchema.safeParse(JSON.parse(window.localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export const clearRemovedFromTeam = (): void => window.localStorage.removeItem(KEY);

/** Calls back when this window (or another of the app's) learns the member was removed. */
export const onRemovedFromTeam = (listener: () => void): (() => void) => {
  const storage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener(EVENT, listener);
  window.addEventListener('storage', storage);
  return () => {
    window.removeEventListener(EVENT, listener);
    window.removeEventListener('storage', storage);
  };
};

import type { ShownLog } from './reminderTypes.ts';

/** How long a shown key is remembered: longer than anything stays eligible (a received document: 24 h). */
export const SHOWN_MEMORY_MS = 3 * 86_400_000;

/**
 * Claims `keys` in the log: the ones not shown before are returned as `claimed` and recorded at `now`;
 * keys older than SHOWN_MEMORY_MS are dropped, so the log stays small. Run inside one atomic update of
 * the stored log, two windows claiming at once show each reminder once.
 */
export const claimShown = (log: ShownLog, keys: readonly string[], now: number): { log: ShownLog; claimed: string[] } => {
  const claimed = [...new Set(keys)].filter((k) => !(k in log));
  const kept = Object.entries(log).filter(([, at]) => now - at < SHOWN_MEMORY_MS);
  return { log: Object.fromEntries([...kept, ...claimed.map((k) => [k, now] as const)]), claimed };
};

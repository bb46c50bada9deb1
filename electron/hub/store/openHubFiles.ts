import { resolve } from 'node:path';

const openCounts = new Map<string, number>();

/**
 * Data files this process has open, so restoreHubBackup can refuse to swap a file under a live store
 * (its writes would go to the replaced file and be lost). Other processes are not seen.
 */
export const openHubFiles = {
  /** Records one more open store on `file`; the returned function records its close (once). */
  track(file: string): () => void {
    const key = resolve(file);
    openCounts.set(key, (openCounts.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (openCounts.get(key) ?? 1) - 1;
      if (left > 0) openCounts.set(key, left);
      else openCounts.delete(key);
    };
  },
  isOpen(file: string): boolean {
    return openCounts.has(resolve(file));
  },
};

import { closeSync, fsyncSync, openSync } from 'node:fs';

/** fsync helpers: a backup or a restored file must be on disk before it gets its final name. */
export const syncToDisk = {
  file(path: string): void {
    const fd = openSync(path, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  /** Makes a rename durable. Windows cannot open a directory for fsync and does not need it. */
  directory(path: string): void {
    if (process.platform === 'win32') return;
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
};

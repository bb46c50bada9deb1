import type { ImportLimits } from './importTypes.ts';

/**
 * Bounds for one import. The engine keeps every row of the chosen sheet for the preview (100,000 rows
 * × 12 columns peak near 0.5 GB from file to plan), so the row cap keeps a read well under 1 GB; a
 * real 跟进表 is far smaller.
 */
export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxRows: 120_000,
  maxColumns: 256,
  timeoutMs: 120_000,
};

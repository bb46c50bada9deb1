import type { ImportLimits } from './importTypes.ts';

/**
 * Bounds for one import. exceljs holds a whole workbook in memory (100k rows × 12 columns ≈ 630 MB,
 * ARCHITECTURE §8), so the row cap keeps a read under ~1 GB; a real 跟进表 is far smaller.
 */
export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxRows: 120_000,
  maxColumns: 256,
  timeoutMs: 120_000,
};

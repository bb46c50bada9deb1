import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

/** A 日报 without its sync bookkeeping: what the pure report logic builds and the renderer stamps and writes. */
export type DailyReportFields = Omit<DailyReportDoc, keyof SyncMeta>;

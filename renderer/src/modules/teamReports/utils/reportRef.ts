import type { DailyReportDoc } from '../../../../../shared/db/schemas/dailyReportSchema.ts';

/** What the 批注 box needs of a report: a stored document or the report page's plain fields both fit. */
export type ReportRef = Pick<DailyReportDoc, 'id' | 'memberId' | 'date' | 'status' | 'readBy'>;

import { dailyReportId } from '../db/schemas/dailyReportSchema.ts';
import type { DailyReportFields } from './dailyReportFields.ts';

/**
 * The first save of a report a rep starts typing: a draft, so what is typed survives a reload or a crash
 * and syncs to the rep's other desktops. Nothing is frozen until it is submitted.
 */
export const newDraftReport = (memberId: string, date: string, templateVersion: number, sections: Record<string, string>): DailyReportFields => ({
  id: dailyReportId(memberId, date),
  memberId,
  date,
  status: 'draft',
  submittedAt: 0,
  lateMinutes: 0,
  metrics: {},
  sections: { ...sections },
  templateVersion,
  edits: [],
  readBy: [],
});

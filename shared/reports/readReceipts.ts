import type { DailyReportDoc, ReadReceipt } from '../db/schemas/dailyReportSchema.ts';
import type { Role } from '../domain/roles.ts';

type Report = Pick<DailyReportDoc, 'memberId' | 'status' | 'readBy'>;
const supervises = (role: Role | undefined): boolean => role === 'manager' || role === 'admin';

/** A 主管 or 管理员 opening someone else's submitted report leaves a receipt, once (the first read is the one the rep sees). */
export const needsReadReceipt = (report: Report, viewer: { id: string; role: Role }): boolean =>
  report.status === 'submitted' && viewer.id !== report.memberId && supervises(viewer.role) && !report.readBy.some((r) => r.memberId === viewer.id);

/** The earliest receipt by a manager or admin other than the author: what 「主管已读」 shows; null while unread. */
export const supervisorReceipt = (report: Report, roleOf: (memberId: string) => Role | undefined): ReadReceipt | null =>
  report.readBy
    .filter((r) => r.memberId !== report.memberId && supervises(roleOf(r.memberId)))
    .reduce<ReadReceipt | null>((first, r) => (first === null || r.at < first.at ? r : first), null);

import { useMemo } from 'react';
import type { AttachmentDoc } from '../../../../../shared/db/schemas/attachmentSchema.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import { toCustomerReportInput } from '../../../../../shared/exporter/customerReport/toCustomerReportInput.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';

export type CustomerData = { customer: CustomerDoc; followUps: FollowUpDoc[]; comments: CommentDoc[]; attachments: ReadonlyMap<string, AttachmentDoc> };

/**
 * The customer's 客户跟进报告 as of today, from the page's live data: the print view shows exactly what
 * the Excel export writes, health score and contributions included. Undefined while settings load.
 */
export const useCustomerReport = (data: CustomerData | undefined): CustomerReportInput | undefined => {
  const settings = useTeamSettings();
  const members = useMembers();
  const offset = settings?.utcOffsetMinutes ?? 480;
  const today = toCalendarDate(useNow(), offset);
  return useMemo(() => {
    if (!data || !settings || !members) return undefined;
    const lookups = { members: new Map(members.map((m) => [m.id, m.name])), options: settings.options, today, utcOffsetMinutes: offset };
    return toCustomerReportInput(data.customer, data.followUps, data.comments, [...data.attachments.values()], lookups);
  }, [data, settings, members, today, offset]);
};

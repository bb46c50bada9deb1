import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { executiveVisitPatch } from '../../../../../shared/customers/executiveVisitPatch.ts';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import { patchManyStamped } from '../../../../../shared/db/stampedWrites.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { markNotificationsRead } from '../../reminders/utils/markNotificationsRead.ts';
import type { CustomerNotice } from './useCommitMerge.ts';
import type { useCustomerRows } from '../../../db/useCustomerRows.ts';
import type { useFollowUpsByCustomer } from './useFollowUpsByCustomer.ts';

/**
 * 安排高层拜访 from a grade-A notice: the step goes on the customer's latest follow-up, where the grid's
 * 下一步计划 and 今日 find it (executiveVisitPatch: added to what is planned, never replacing it), and
 * the notice is marked read. Nothing is written before someone asks for it.
 */
export const useArrangeVisit = (set: ReturnType<typeof useCustomerRows>, followUps: ReturnType<typeof useFollowUpsByCustomer>, utcOffsetMinutes: number, onNotice: (n: CustomerNotice) => void) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  return useCallback(
    async (notice: NotificationDoc) => {
      const customer = set.rows.get(notice.targetId);
      const name = customer?.name ?? notice.title;
      const latest = followUps.of(notice.targetId).filter((f) => !f.trashed).reduce<GridRow | undefined>((best, f) => (!best || f.followedAt > best.followedAt ? f : best), undefined);
      if (!customer || !latest) return onNotice({ text: t('customers.gradeA.noFollowUp', { name }) });
      const action = t('customers.gradeA.action');
      const patch = executiveVisitPatch(latest, action, customer.ownerId, toCalendarDate(writer.now(), utcOffsetMinutes));
      try {
        if (Object.keys(patch).length) await patchManyStamped(db.followups, [{ id: latest.id, patch }], writer);
        await markNotificationsRead(db, [notice.id], writer);
        const open = appLinkHash({ kind: 'followUpRow', id: latest.id });
        onNotice(Object.keys(patch).length ? { text: t('customers.gradeA.arranged', { name, action, date: patch.nextDate ?? latest.nextDate }), open } : { text: t('customers.gradeA.already', { name, action }), open });
      } catch (e) {
        onNotice({ text: t('customers.gradeA.failed', { reason: e instanceof Error ? e.message : String(e) }) });
      }
    },
    [set, followUps, utcOffsetMinutes, onNotice, t, db, writer],
  );
};

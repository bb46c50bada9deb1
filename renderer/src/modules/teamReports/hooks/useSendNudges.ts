import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { nudgeId, nudgeNotification } from '../../../../../shared/reports/nudgeNotification.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

export type NudgeContext = { date: CalendarDate; dateLabel: string; deadline: string; senderName: string };

/**
 * Sends 催交 to reps for a day: one notification each, skipped where one exists already (another
 * manager, another desktop). Resolves once every write is stored locally; sync carries them on.
 */
export const useSendNudges = (): ((memberIds: readonly string[], ctx: NudgeContext) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    async (memberIds, ctx) => {
      const existing = await db.notifications.findByIds(memberIds.map((id) => nudgeId(id, ctx.date))).exec();
      const title = t('teamReports.nudgeTitle', { sender: ctx.senderName, date: ctx.dateLabel });
      const body = t('teamReports.nudgeBody', { deadline: ctx.deadline });
      for (const memberId of memberIds) {
        if (existing.has(nudgeId(memberId, ctx.date))) continue;
        await insertStamped(db.notifications, nudgeNotification({ memberId, date: ctx.date, senderId: writer.memberId, title, body }), writer);
      }
    },
    [db, writer, t],
  );
};

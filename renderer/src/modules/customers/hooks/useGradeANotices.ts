import { useMemo } from 'react';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import { useMyNotifications } from '../../reminders/hooks/useMyNotifications.ts';

/** My unread 升为 A 类 notices, newest first. */
export const useGradeANotices = (memberId: string): NotificationDoc[] => {
  const mine = useMyNotifications(memberId);
  return useMemo(() => (mine ?? []).filter((n) => n.kind === 'gradeA' && n.readAt === 0), [mine]);
};

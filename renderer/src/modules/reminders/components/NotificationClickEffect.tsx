import { useEffect } from 'react';
import { appLinkHash, parseAppLink } from '../../../../../shared/links/appLink.ts';
import { notificationLink } from '../../../../../shared/reminders/notificationLink.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { api } from '../../../platform/api.ts';
import { useMyNotifications } from '../hooks/useMyNotifications.ts';
import { markNotificationsRead } from '../utils/markNotificationsRead.ts';

/**
 * A click on a desktop notification (Electron's or the browser's) opens its target — an appLinkHash,
 * read back and rebuilt, so only an in-app address is ever followed — and marks the documents it
 * showed as read.
 */
export const NotificationClickEffect = ({ memberId }: { memberId: string }): null => {
  const db = useDatabase();
  const writer = useWriter();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const notifications = useMyNotifications(memberId);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'notificationClicked' || !event.target.startsWith('#/')) return;
        const target = appLinkHash(parseAppLink(event.target));
        window.location.hash = target;
        const shown = (notifications ?? []).filter((d) => d.readAt === 0 && appLinkHash(notificationLink(d, offset)) === target);
        if (shown.length > 0) void markNotificationsRead(db, shown.map((d) => d.id), writer).catch(() => undefined);
      }),
    [db, writer, offset, notifications],
  );
  return null;
};

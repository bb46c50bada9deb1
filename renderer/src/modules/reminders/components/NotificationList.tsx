import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { notificationLink } from '../../../../../shared/reminders/notificationLink.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { clockTime } from '../../today/utils/clockTime.ts';
import { markNotificationsRead } from '../utils/markNotificationsRead.ts';

type Props = { notifications: readonly NotificationDoc[]; unread: number; onClose: () => void };

/** Newest first; older ones stay on the desktop (and in the records they point at). */
const SHOWN = 30;

/** The bell's list: each notification opens its record and is marked read; 全部标为已读 clears the count. */
export const NotificationList = ({ notifications, unread, onClose }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const [error, setError] = useState('');
  const markRead = (ids: string[]) => markNotificationsRead(db, ids, writer).catch((e: unknown) => setError(t('reminders.bell.readFailed', { reason: e instanceof Error ? e.message : String(e) })));
  const when = (at: number) => {
    const [, month = '', day = ''] = toCalendarDate(at, offset).split('-');
    return t('reminders.bell.time', { month: Number(month), day: Number(day), time: clockTime(at, offset) });
  };
  return (
    <div className="bell-panel" role="dialog" aria-label={t('reminders.bell.title')} data-testid="notification-list">
      <header className="bell-panel-header">
        <strong>{t('reminders.bell.title')}</strong>
        <button type="button" className="link" disabled={unread === 0} onClick={() => void markRead(notifications.filter((n) => n.readAt === 0).map((n) => n.id))}>
          {t('reminders.bell.markAll')}
        </button>
      </header>
      {notifications.length === 0 ? <p className="bell-empty">{t('reminders.bell.empty')}</p> : null}
      <ul className="bell-items">
        {notifications.slice(0, SHOWN).map((n) => (
          <li key={n.id} className={n.readAt === 0 ? 'bell-item unread' : 'bell-item'}>
            <a href={appLinkHash(notificationLink(n, offset))} onClick={() => (void markRead([n.id]), onClose())}>
              <span className={`bell-kind kind-${n.kind}`}>{t(`reminders.bell.kinds.${n.kind}`)}</span>
              <span className="bell-text">
                <span className="bell-title">{n.title}</span>
                {n.body ? <span className="bell-body">{n.body}</span> : null}
              </span>
              <time className="bell-time">{when(n.createdAt)}</time>
            </a>
          </li>
        ))}
      </ul>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
};

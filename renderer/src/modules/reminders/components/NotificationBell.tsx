import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../../followups/hooks/useDismiss.ts';
import { useMyNotifications } from '../hooks/useMyNotifications.ts';
import { NotificationList } from './NotificationList.tsx';

/** The status bar's bell: my unread count; a click lists my notifications (催交, 批注, @提及 …). */
export const NotificationBell = ({ memberId }: { memberId: string }) => {
  const { t } = useTranslation();
  const notifications = useMyNotifications(memberId) ?? [];
  const unread = notifications.filter((n) => n.readAt === 0).length;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, close);
  return (
    <span className="bell" ref={ref}>
      <button
        type="button"
        className={unread > 0 ? 'bell-button unread' : 'bell-button'}
        aria-label={unread > 0 ? t('reminders.bell.unread', { count: unread }) : t('reminders.bell.label')}
        aria-expanded={open}
        title={t('reminders.bell.label')}
        data-testid="notification-bell"
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="bell-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0" />
        </svg>
        {unread > 0 ? <span className="bell-count" data-testid="notification-unread">{unread > 99 ? '99+' : unread}</span> : null}
      </button>
      {open ? <NotificationList notifications={notifications} unread={unread} onClose={close} /> : null}
    </span>
  );
};

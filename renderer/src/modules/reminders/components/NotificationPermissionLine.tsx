import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationPermission, requestNotificationPermission, type NotificationPermissionState } from '../../../platform/notificationPermission.ts';

/**
 * Web mode: whether this browser lets the page notify, with a button to ask. Browsers only prompt from
 * a click, and once refused only the site settings can undo it, so the refusal says where to go.
 */
export const NotificationPermissionLine = () => {
  const { t } = useTranslation();
  const [state, setState] = useState<NotificationPermissionState | 'asking'>(notificationPermission);
  const ask = () => {
    setState('asking');
    requestNotificationPermission().then(setState, () => setState(notificationPermission()));
  };
  const refused = state === 'denied' || state === 'unsupported';
  return (
    <div className="reminder-permission" data-testid="notification-permission">
      <p className={refused ? 'field-error' : state === 'granted' ? 'reminder-permission-ok' : 'muted'} role={refused ? 'alert' : 'status'}>
        {t(`reminders.panel.permission.${state}`)}
      </p>
      {state === 'default' ? (
        <button type="button" className="button primary" onClick={ask}>
          {t('reminders.panel.permission.ask')}
        </button>
      ) : null}
    </div>
  );
};

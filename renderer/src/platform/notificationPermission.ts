/** Whether this window may show desktop notifications, as the browser's Notifications API says. */
export type NotificationPermissionState = 'granted' | 'denied' | 'default' | 'unsupported';

export const notificationPermission = (): NotificationPermissionState => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission);

/** Asks the browser (only from a click: browsers ignore or block prompts nobody asked for). */
export const requestNotificationPermission = async (): Promise<NotificationPermissionState> =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.requestPermission();

/**
 * The desktop app shows notifications through Electron (no permission to ask); a browser only after
 * the user said yes. Until then reminders wait rather than being used up unseen.
 */
export const canShowNotifications = (): boolean => window.api !== undefined || notificationPermission() === 'granted';

import i18next from 'i18next';
import { apiMethodNames, type ApiMethodName } from '../../../shared/api/apiMethodNames.ts';
import { ApiError } from '../../../shared/api/apiError.ts';
import { appEventSchema, type AppEvent, type NotificationRequest } from '../../../shared/api/apiSchemas.ts';
import { openAttachmentInPage } from './openAttachmentInPage.ts';
import { printInPage, savePdfInPage } from './printInPage.ts';
import type { AppApi } from '../../../shared/api/appApi.ts';

type Listener = (event: AppEvent) => void;

const callOverHttp = (origin: string, method: ApiMethodName) => async (...args: unknown[]) => {
  let response: Response;
  try {
    response = await fetch(`${origin}/api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
  } catch {
    throw new ApiError({ code: 'failed', message: i18next.t('errors.hubUnreachable') });
  }
  const body = (await response.json().catch(() => null)) as
    | { ok: true; value: unknown }
    | { ok: false; error: { code: 'failed'; message: string } }
    | null;
  if (!body) throw new ApiError({ code: 'failed', message: i18next.t('errors.hubBadResponse', { status: response.status }) });
  if (!body.ok) throw new ApiError(body.error);
  return body.value;
};

/** Desktop notifications in a browser go through the Notifications API, with the user's permission. */
const showBrowserNotification = async ({ title, body, target }: NotificationRequest, emit: Listener) => {
  if (typeof Notification === 'undefined') return { shown: false };
  const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return { shown: false };
  const n = new Notification(title, { body });
  n.onclick = () => {
    // Bring the app's tab forward, as the desktop app shows its window.
    window.focus();
    if (target) emit({ type: 'notificationClicked', target });
  };
  return { shown: true };
};

/** Events from the hub over one WebSocket, reconnecting after a second when the link drops. */
const connectEvents = (origin: string, emit: Listener): void => {
  const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}/api/events`);
  ws.onmessage = (message) => {
    const parsed = appEventSchema.safeParse(JSON.parse(String(message.data)));
    if (parsed.success) emit(parsed.data);
  };
  ws.onclose = () => setTimeout(() => connectEvents(origin, emit), 1000);
};

/** `window.api` for a browser: the same contract, carried over HTTP and a WebSocket to the hub. */
export const createWebApi = (origin: string): AppApi => {
  const listeners = new Set<Listener>();
  const emit: Listener = (event) => listeners.forEach((l) => l(event));
  connectEvents(origin, emit);
  const remote = Object.fromEntries(apiMethodNames.map((m) => [m, callOverHttp(origin, m)]));
  return {
    ...(remote as Omit<AppApi, 'onEvent' | 'showNotification' | 'printPage' | 'savePdf' | 'openAttachment'>),
    showNotification: (request) => showBrowserNotification(request, emit),
    // A browser prints only from the page itself; the hub has no window to print.
    printPage: printInPage,
    savePdf: savePdfInPage,
    openAttachment: openAttachmentInPage,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as AppApi;
};

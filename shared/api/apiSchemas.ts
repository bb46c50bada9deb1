import { z } from 'zod';
import type { ApiMethodName } from './apiMethodNames.ts';

export const localeSchema = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** The pages in navigation order (Ctrl+1…N): 今日 first. */
export const pageIdSchema = z.enum(['today', 'followups', 'customers', 'reports', 'dashboard', 'importExport', 'settings']);
export type PageId = z.infer<typeof pageIdSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** 'desktop' inside Electron; 'web' when the hub serves the renderer to a browser. */
  mode: z.enum(['desktop', 'web']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const notificationRequestSchema = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(2000),
  /** Where a click on the notification leads: an appLinkHash (shared/links/appLink.ts), e.g. '#/followups/row/f123'. */
  target: z.string().max(200).optional(),
});
export type NotificationRequest = z.infer<typeof notificationRequestSchema>;

export const hostTeamRequestSchema = z.object({ memberId: z.string().min(1).max(40), name: z.string().trim().min(1).max(60) });
export const hostedTeamSchema = z.object({ hubUrl: z.string(), lanUrls: z.array(z.string()), token: z.string(), hubId: z.string() });
export type HostedTeam = z.infer<typeof hostedTeamSchema>;
export const hostingStateSchema = z.object({ running: z.boolean(), lanUrls: z.array(z.string()) });

/** Events the desktop (menu) or the hub sends to the renderer. */
export const appEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('navigate'), page: pageIdSchema }),
  z.object({ type: z.literal('notificationClicked'), target: z.string().max(200) }),
]);
export type AppEvent = z.infer<typeof appEventSchema>;

/** Argument tuple and result of every method, checked on both sides of IPC and HTTP. */
export const apiSchemas = {
  getAppInfo: { args: z.tuple([]), result: appInfoSchema },
  setLocale: { args: z.tuple([localeSchema]), result: z.null() },
  showNotification: { args: z.tuple([notificationRequestSchema]), result: z.object({ shown: z.boolean() }) },
  /** Desktop only: run the team hub on this desktop and join its admin. */
  hostTeam: { args: z.tuple([hostTeamRequestSchema]), result: hostedTeamSchema },
  getHostingState: { args: z.tuple([]), result: hostingStateSchema },
  /** Desktop only: team hubs announcing themselves on the LAN (mDNS). */
  discoverHubs: { args: z.tuple([]), result: z.array(z.object({ name: z.string(), url: z.string(), hubId: z.string() })) },
} as const satisfies Record<ApiMethodName, { args: z.ZodTuple; result: z.ZodType }>;

export type ApiArgs<M extends ApiMethodName> = z.infer<(typeof apiSchemas)[M]['args']>;
export type ApiResult<M extends ApiMethodName> = z.infer<(typeof apiSchemas)[M]['result']>;

import { z } from 'zod';
import type { ApiMethodName } from './apiMethodNames.ts';

export const localeSchema = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const pageIdSchema = z.enum(['followups', 'customers', 'reports', 'dashboard', 'importExport', 'settings']);
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
  /** Where a click on the notification leads, e.g. 'followups/f123'. */
  target: z.string().max(200).optional(),
});
export type NotificationRequest = z.infer<typeof notificationRequestSchema>;

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
} as const satisfies Record<ApiMethodName, { args: z.ZodTuple; result: z.ZodType }>;

export type ApiArgs<M extends ApiMethodName> = z.infer<(typeof apiSchemas)[M]['args']>;
export type ApiResult<M extends ApiMethodName> = z.infer<(typeof apiSchemas)[M]['result']>;

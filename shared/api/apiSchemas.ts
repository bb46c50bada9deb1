import { z } from 'zod';
import { MAX_BLOB_BYTES } from '../attachments/blobProtocol.ts';
import { pdfFileNameSchema } from '../print/pdfFileName.ts';
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
/** pin: the hub certificate's pin (shared/sync/hubPin.ts), shown in 团队设置 → 传输安全. */
export const hostedTeamSchema = z.object({ hubUrl: z.string(), lanUrls: z.array(z.string()), token: z.string(), hubId: z.string(), pin: z.string() });
export type HostedTeam = z.infer<typeof hostedTeamSchema>;
export const hostingStateSchema = z.object({ running: z.boolean(), lanUrls: z.array(z.string()) });

/** Print the window as it is on screen (the print stylesheet applies): A4, in the orientation asked for. */
export const printRequestSchema = z.object({
  /** What the page is called on paper and in the print queue, e.g. 团队日报 2026-12-01. */
  title: z.string().trim().min(1, '请提供打印标题。').max(200, '打印标题太长（最多 200 个字）。'),
  landscape: z.boolean(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;
/**
 * printed / cancelled: the desktop's print dialog said so. browserDialog: a browser's print dialog was
 * shown and closed; the page cannot tell whether it printed or saved.
 */
export const printResultSchema = z.object({ outcome: z.enum(['printed', 'cancelled', 'browserDialog']) });
export type PrintResult = z.infer<typeof printResultSchema>;

export const savePdfRequestSchema = z.object({ fileName: pdfFileNameSchema, landscape: z.boolean() });
export type SavePdfRequest = z.infer<typeof savePdfRequestSchema>;
/**
 * saved with the path written (desktop), or not saved: the save dialog was cancelled, or (web mode)
 * `printDialog` — a browser cannot write files, so it opened its print dialog, where 另存为 PDF does it.
 */
export const savePdfResultSchema = z.object({ saved: z.boolean(), path: z.string().optional(), printDialog: z.boolean().optional() });
export type SavePdfResult = z.infer<typeof savePdfResultSchema>;

/** An attachment to show in the desktop's own viewer for its type: its name (made safe by main) and its bytes. */
export const openAttachmentRequestSchema = z.object({
  fileName: z.string().trim().min(1, '请提供附件的文件名。').max(260, '附件文件名太长（最多 260 个字）。'),
  bytes: z.instanceof(Uint8Array, { message: '附件内容应为文件的字节。' }).refine((b) => b.length <= MAX_BLOB_BYTES, '附件超过 20 MB，不能打开。'),
});
export type OpenAttachmentRequest = z.infer<typeof openAttachmentRequestSchema>;
/** opened with the path written (desktop); web mode hands the file to the browser instead (`downloaded`). */
export const openAttachmentResultSchema = z.object({ opened: z.boolean(), path: z.string().optional(), downloaded: z.boolean().optional() });
export type OpenAttachmentResult = z.infer<typeof openAttachmentResultSchema>;

/** The hub whose https/wss connections main accepts only with this certificate pin (README: 传输安全). */
export const hubPinRequestSchema = z.object({
  hubUrl: z.string().regex(/^https:\/\/[^/\s]+$/, '团队服务器地址应为 https://主机:端口'),
  pin: z.string().regex(/^[A-HJ-NP-Z2-9]{16}$/, '证书指纹应为 16 位字母数字（加入码的后 16 位）'),
});
/** Secrets kept in the OS keychain (Electron safeStorage) by the desktop app. */
export const secretNameSchema = z.enum(['hubToken']);
export type SecretName = z.infer<typeof secretNameSchema>;
/** available: false where no OS keychain protects secrets (Linux without a keyring, web mode): the caller keeps its own copy and says so. */
export const secretReadSchema = z.object({ available: z.boolean(), value: z.string().nullable() });

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
  discoverHubs: { args: z.tuple([]), result: z.array(z.object({ name: z.string(), url: z.string(), hubId: z.string(), pin: z.string().nullable() })) },
  /** The system print dialog for this window (desktop); web mode runs it in the page (window.print). */
  printPage: { args: z.tuple([printRequestSchema]), result: printResultSchema },
  /** Desktop: render this window to an A4 PDF and save it where the user chooses; web mode falls back to the print dialog. */
  savePdf: { args: z.tuple([savePdfRequestSchema]), result: savePdfResultSchema },
  /** Desktop: write the attachment to a temporary file and open it with the system's viewer; web mode downloads it in the page. */
  openAttachment: { args: z.tuple([openAttachmentRequestSchema]), result: openAttachmentResultSchema },
  /** Desktop: main accepts the hub's certificate for this host only if it matches the pin; web mode cannot pin (pinned: false). */
  pinHubCertificate: { args: z.tuple([hubPinRequestSchema]), result: z.object({ pinned: z.boolean() }) },
  /** Desktop: whether main refused this hub's latest certificate (a failed request then gets the right reason). */
  wasHubCertificateRefused: { args: z.tuple([hubPinRequestSchema.pick({ hubUrl: true })]), result: z.object({ refused: z.boolean() }) },
  getSecret: { args: z.tuple([secretNameSchema]), result: secretReadSchema },
  setSecret: { args: z.tuple([secretNameSchema, z.string().min(1).max(4096)]), result: z.object({ stored: z.boolean() }) },
  deleteSecret: { args: z.tuple([secretNameSchema]), result: z.null() },
} as const satisfies Record<ApiMethodName, { args: z.ZodTuple; result: z.ZodType }>;

export type ApiArgs<M extends ApiMethodName> = z.infer<(typeof apiSchemas)[M]['args']>;
export type ApiResult<M extends ApiMethodName> = z.infer<(typeof apiSchemas)[M]['result']>;

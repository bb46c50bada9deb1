/**
 * The methods of `window.api`. Kept free of zod so the sandboxed preload bundles nothing but this list;
 * the schemas that validate each call live in apiSchemas.ts.
 */
export const apiMethodNames = ['getAppInfo', 'setLocale', 'showNotification', 'hostTeam', 'getHostingState', 'discoverHubs', 'printPage', 'savePdf', 'openAttachment', 'pinHubCertificate', 'wasHubCertificateRefused', 'getSecret', 'setSecret', 'deleteSecret'] as const;

export type ApiMethodName = (typeof apiMethodNames)[number];

/** IPC channel of a method: one channel per named method, never a generic passthrough. */
export const apiChannel = (method: ApiMethodName): string => `salesdesk:${method}`;

export const API_EVENT_CHANNEL = 'salesdesk:event';

import type { ApiHandlers } from '../../shared/api/appApi.ts';

export type WebHandlerDeps = { version: string; platform: string };

/**
 * `window.api` as the hub provides it to a browser. Desktop-only abilities answer honestly that they
 * did not happen here (the web client shows notifications through the browser itself).
 */
export const createWebApiHandlers = ({ version, platform }: WebHandlerDeps): ApiHandlers => ({
  getAppInfo: () => ({ name: '销售台', version, mode: 'web', platform }),
  setLocale: () => null,
  showNotification: () => ({ shown: false }),
});

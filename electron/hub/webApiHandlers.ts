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
  hostTeam: () => {
    throw new Error('网页版不能作为团队服务器：请在桌面版销售台的团队设置中操作，或在常开的电脑上运行 npm run hub。');
  },
  getHostingState: () => ({ running: false, lanUrls: [] }),
  // A browser cannot listen for mDNS; it was opened from a hub's address anyway.
  discoverHubs: () => [],
  // The browser's own print dialog runs in the page (createWebApi); the hub has no window to print.
  printPage: () => {
    throw new Error('网页版的打印在浏览器里进行：请按 Ctrl+P 打开打印对话框。');
  },
  savePdf: () => {
    throw new Error('网页版不能直接保存文件：请按 Ctrl+P 打开打印对话框，在“目标打印机”中选择“另存为 PDF”。');
  },
  // A browser opens an attachment itself (a download); the hub has no screen to show it on.
  openAttachment: () => {
    throw new Error('网页版的附件由浏览器下载后打开：请在附件上点“打开”，再在浏览器的下载列表中打开文件。');
  },
  // A page cannot pin a certificate or reach the OS keychain: it says so, and the renderer tells the user.
  pinHubCertificate: () => ({ pinned: false }),
  wasHubCertificateRefused: () => ({ refused: false }),
  getSecret: () => ({ available: false, value: null }),
  setSecret: () => ({ stored: false }),
  deleteSecret: () => null,
});

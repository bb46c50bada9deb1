import type { HostedTeam, Locale, NotificationRequest } from '../../shared/api/apiSchemas.ts';
import type { ApiHandlers } from '../../shared/api/appApi.ts';
import { openAttachment, type OpenAttachmentDeps } from './openAttachment.ts';
import { printPage, savePdf, type PrintDeps } from './printHandlers.ts';
import type { HubCertificatePins } from './hubCertificatePins.ts';
import type { SecretStore } from './secretStore.ts';

export type DesktopDeps = {
  version: string;
  platform: string;
  applyLocale: (locale: Locale) => void;
  notify: (request: NotificationRequest) => boolean;
  discoverHubs: () => Promise<{ name: string; url: string; hubId: string; pin: string | null }[]>;
  hosting: { host: (admin: { memberId: string; name: string }) => Promise<HostedTeam>; state: () => { running: boolean; lanUrls: string[] } };
  printing: PrintDeps;
  opening: OpenAttachmentDeps;
  pins: Pick<HubCertificatePins, 'pin' | 'wasRefused'>;
  secrets: SecretStore;
};

/** `window.api` in the desktop app; Electron specifics are injected so this runs in Node tests. */
export const createDesktopApiHandlers = (deps: DesktopDeps): ApiHandlers => ({
  getAppInfo: () => ({ name: '销售台', version: deps.version, mode: 'desktop', platform: deps.platform }),
  setLocale: (locale) => {
    deps.applyLocale(locale);
    return null;
  },
  showNotification: (request) => ({ shown: deps.notify(request) }),
  hostTeam: (admin) => deps.hosting.host(admin),
  getHostingState: () => deps.hosting.state(),
  discoverHubs: () => deps.discoverHubs(),
  printPage: (request) => printPage(deps.printing, request),
  savePdf: (request) => savePdf(deps.printing, request),
  openAttachment: (request) => openAttachment(deps.opening, request),
  pinHubCertificate: ({ hubUrl, pin }) => (deps.pins.pin(hubUrl, pin), { pinned: true }),
  wasHubCertificateRefused: ({ hubUrl }) => ({ refused: deps.pins.wasRefused(hubUrl) }),
  getSecret: (name) => deps.secrets.get(name),
  setSecret: (name, value) => deps.secrets.set(name, value),
  deleteSecret: (name) => deps.secrets.delete(name),
});

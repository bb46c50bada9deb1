import { X509Certificate } from 'node:crypto';
import { pinFromSha256 } from '../../shared/sync/hubPin.ts';
import { certificateSha256 } from '../hub/tls/createSelfSignedCertificate.ts';

/** What Electron's setCertificateVerifyProc tells about one TLS connection (its `request`, reduced). */
export type CertificateCheck = { hostname: string; certificatePem: string };
/** setCertificateVerifyProc's answers: 0 accept, -2 refuse, -3 let Chromium decide as usual. */
export type VerifyVerdict = 0 | -2 | -3;

const hostKey = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase();

const pinOfPem = (pem: string): string | null => {
  try {
    return pinFromSha256(certificateSha256(new X509Certificate(pem).raw));
  } catch {
    return null;
  }
};

/**
 * The renderer's https/wss connections to the team hub, checked in main: a pinned host is accepted
 * only with the certificate its join code names (whatever a CA says), every other host as Chromium
 * decides. The renderer pins its hub (window.api.pinHubCertificate) before it connects.
 */
export const createHubCertificatePins = () => {
  const pins = new Map<string, string>();
  // Hosts whose latest certificate did not match: the renderer only sees a failed request, main says why.
  const refused = new Set<string>();
  return {
    pin: (hubUrl: string, pin: string): void => void pins.set(hostKey(new URL(hubUrl).hostname), pin),
    decide: (check: CertificateCheck): VerifyVerdict => {
      const host = hostKey(check.hostname);
      const expected = pins.get(host);
      if (!expected) return -3;
      const match = pinOfPem(check.certificatePem) === expected;
      if (match) refused.delete(host);
      else refused.add(host);
      return match ? 0 : -2;
    },
    wasRefused: (hubUrl: string): boolean => refused.has(hostKey(new URL(hubUrl).hostname)),
  };
};

export type HubCertificatePins = ReturnType<typeof createHubCertificatePins>;

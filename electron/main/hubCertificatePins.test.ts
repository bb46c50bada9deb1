import { describe, expect, it } from 'vitest';
import { pinFromSha256 } from '../../shared/sync/hubPin.ts';
import { createSelfSignedCertificate } from '../hub/tls/createSelfSignedCertificate.ts';
import { createHubCertificatePins } from './hubCertificatePins.ts';

const hub = createSelfSignedCertificate({ commonName: 'hub', now: Date.now() });
const other = createSelfSignedCertificate({ commonName: 'impostor', now: Date.now() });

describe('pinning the renderer’s connections to the hub', () => {
  it('accepts the pinned host only with the certificate its code names', () => {
    const pins = createHubCertificatePins();
    pins.pin('https://192.168.1.20:4317', pinFromSha256(hub.sha256));
    expect(pins.decide({ hostname: '192.168.1.20', certificatePem: hub.certPem })).toBe(0);
    expect(pins.decide({ hostname: '192.168.1.20', certificatePem: other.certPem })).toBe(-2);
    expect(pins.decide({ hostname: '192.168.1.20', certificatePem: 'not a certificate' })).toBe(-2);
  });

  it('remembers that the latest certificate of a host was refused, so the app can say why', () => {
    const pins = createHubCertificatePins();
    pins.pin('https://192.168.1.20:4317', pinFromSha256(hub.sha256));
    expect(pins.wasRefused('https://192.168.1.20:4317')).toBe(false);
    pins.decide({ hostname: '192.168.1.20', certificatePem: other.certPem });
    expect(pins.wasRefused('https://192.168.1.20:4317')).toBe(true);
    expect(pins.wasRefused('https://192.168.1.21:4317')).toBe(false);
    pins.decide({ hostname: '192.168.1.20', certificatePem: hub.certPem });
    expect(pins.wasRefused('https://192.168.1.20:4317')).toBe(false);
  });

  it('leaves every other host to Chromium’s own checks', () => {
    const pins = createHubCertificatePins();
    pins.pin('https://192.168.1.20:4317', pinFromSha256(hub.sha256));
    expect(pins.decide({ hostname: '192.168.1.21', certificatePem: hub.certPem })).toBe(-3);
    expect(pins.decide({ hostname: 'example.com', certificatePem: other.certPem })).toBe(-3);
  });

  it('matches IPv6 hosts with or without brackets, and a new pin replaces the old one', () => {
    const pins = createHubCertificatePins();
    pins.pin('https://[fd00::2]:4317', pinFromSha256(other.sha256));
    expect(pins.decide({ hostname: 'fd00::2', certificatePem: other.certPem })).toBe(0);
    pins.pin('https://[FD00::2]:4317', pinFromSha256(hub.sha256));
    expect(pins.decide({ hostname: '[fd00::2]', certificatePem: other.certPem })).toBe(-2);
    expect(pins.decide({ hostname: '[fd00::2]', certificatePem: hub.certPem })).toBe(0);
  });
});

import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from './createSelfSignedCertificate.ts';
import { CERT_FILE, KEY_FILE, loadHubCertificate } from './loadHubCertificate.ts';

const dir = mkdtempSync(join(tmpdir(), 'salesdesk-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = Date.UTC(2026, 11, 3, 8, 0, 0);

describe('the hub certificate', () => {
  it('is a valid self-signed X.509 whose SHA-256 is the one reported', () => {
    const made = createSelfSignedCertificate({ commonName: 'SalesDesk hub 1234abcd', now: NOW });
    const cert = new X509Certificate(made.certPem);
    expect(cert.subject).toContain('CN=SalesDesk hub 1234abcd');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.fingerprint256.replace(/:/g, '').toLowerCase()).toBe(made.sha256);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(NOW);
    expect(new Date(cert.validTo).getUTCFullYear()).toBe(2046);
    expect(cert.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
  });

  it('writes GeneralizedTime after 2049 (RFC 5280), which parsers read back', () => {
    const cert = new X509Certificate(createSelfSignedCertificate({ commonName: 'x', now: Date.UTC(2045, 0, 1), years: 10 }).certPem);
    expect(new Date(cert.validTo).getUTCFullYear()).toBe(2055);
  });

  it('is made on first start, kept with a private key only its owner reads, and reused afterwards', () => {
    const first = loadHubCertificate(dir, { commonName: 'a', now: NOW });
    expect(first.created).toBe(true);
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = loadHubCertificate(dir, { commonName: 'b', now: NOW + 1000 });
    expect(again.created).toBe(false);
    expect(again.sha256).toBe(first.sha256);
    expect(again.certPem).toBe(readFileSync(join(dir, CERT_FILE), 'utf8'));
  });

  it('refuses a certificate and key that do not belong together, saying what to do', () => {
    const other = mkdtempSync(join(tmpdir(), 'salesdesk-cert-'));
    loadHubCertificate(other, { commonName: 'a', now: NOW });
    writeFileSync(join(other, KEY_FILE), createSelfSignedCertificate({ commonName: 'c', now: NOW }).keyPem);
    expect(() => loadHubCertificate(other, { commonName: 'a', now: NOW })).toThrow(/证书与私钥不匹配.*删除后重启/);
    rmSync(other, { recursive: true, force: true });
  });
});

import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateSha256, createSelfSignedCertificate, type HubCertificate } from './createSelfSignedCertificate.ts';

export const CERT_FILE = 'hub-cert.pem';
export const KEY_FILE = 'hub-key.pem';

const writeWhole = (file: string, text: string, mode: number): void => {
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, text, { mode });
  renameSync(part, file);
};

const readPair = (dir: string): HubCertificate | null => {
  const certFile = join(dir, CERT_FILE);
  const keyFile = join(dir, KEY_FILE);
  if (!existsSync(certFile) || !existsSync(keyFile)) return null;
  const certPem = readFileSync(certFile, 'utf8');
  const keyPem = readFileSync(keyFile, 'utf8');
  const cert = new X509Certificate(certPem);
  // A pair that does not belong together would fail every handshake: refuse it with a clear reason.
  if (!cert.checkPrivateKey(createPrivateKey(keyPem))) throw new Error(`团队服务器的证书与私钥不匹配：请把 ${certFile} 和 ${keyFile} 一起删除后重启（加入码会随新证书改变，需重新邀请成员）。`);
  return { certPem, keyPem, sha256: certificateSha256(cert.raw) };
};

/**
 * The hub's TLS identity: made on first start and kept in its data folder, because every desktop
 * pins its fingerprint — a new certificate would make them all refuse the hub.
 */
export const loadHubCertificate = (dir: string, options: { commonName: string; now: number }): HubCertificate & { created: boolean } => {
  const existing = readPair(dir);
  if (existing) return { ...existing, created: false };
  mkdirSync(dir, { recursive: true });
  const made = createSelfSignedCertificate(options);
  // The key is readable by the hub's own user only. Each file appears whole or not at all (a hub killed
  // mid-write must not leave half a PEM that stops every later start), the certificate last.
  writeWhole(join(dir, KEY_FILE), made.keyPem, 0o600);
  writeWhole(join(dir, CERT_FILE), made.certPem, 0o644);
  return { ...made, created: true };
};

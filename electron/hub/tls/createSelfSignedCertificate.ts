import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';

// A minimal X.509 v3 writer on node:crypto alone (no certificate library): an ECDSA P-256 key, one
// self-signed certificate. Clients pin its SHA-256, so no CA, chain or revocation is involved.

const der = (tag: number, content: Buffer): Buffer => {
  const n = content.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, content]);
};
const seq = (...items: Buffer[]) => der(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => der(0x31, Buffer.concat(items));
const oid = (dotted: string): Buffer => {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [a * 40 + b];
  for (const part of rest) {
    const base128 = [part & 0x7f];
    for (let v = Math.floor(part / 128); v > 0; v = Math.floor(v / 128)) base128.unshift((v & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return der(0x06, Buffer.from(bytes));
};
/**
 * DER wants the shortest form: no redundant leading zero bytes (a random serial starting 00 0x was
 * refused by OpenSSL, so about one hub start in 256 failed), and one 00 only before a high bit.
 */
const positiveInteger = (bytes: Buffer): Buffer => {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const minimal = bytes.subarray(start);
  return der(0x02, (minimal[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal);
};
const utf8 = (text: string) => der(0x0c, Buffer.from(text, 'utf8'));
/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
const time = (ms: number): Buffer => {
  const iso = new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return Number(iso.slice(0, 4)) < 2050 ? der(0x17, Buffer.from(`${iso.slice(2)}Z`)) : der(0x18, Buffer.from(`${iso}Z`));
};
const ECDSA_WITH_SHA256 = seq(oid('1.2.840.10045.4.3.2'));

export type HubCertificate = { keyPem: string; certPem: string; /** SHA-256 of the certificate's DER, lowercase hex. */ sha256: string };

/** SHA-256 of a certificate's DER bytes, lowercase hex (what clients pin). */
export const certificateSha256 = (certDer: Buffer | Uint8Array): string => createHash('sha256').update(certDer).digest('hex');

/** A new self-signed certificate for the hub, valid `years` from `now`, named after the hub. */
export const createSelfSignedCertificate = (options: { commonName: string; now: number; years?: number }): HubCertificate => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const name = seq(set(seq(oid('2.5.4.3'), utf8(options.commonName))), set(seq(oid('2.5.4.10'), utf8('SalesDesk'))));
  const notAfter = new Date(options.now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + (options.years ?? 20));
  // subjectAltName localhost / 127.0.0.1: the name a browser on the hub's own machine checks.
  const altNames = seq(der(0x82, Buffer.from('localhost')), der(0x87, Buffer.from([127, 0, 0, 1])));
  const extensions = der(0xa3, seq(seq(oid('2.5.29.17'), der(0x04, altNames)), seq(oid('2.5.29.19'), der(0x04, seq()))));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    positiveInteger(serial),
    ECDSA_WITH_SHA256,
    name,
    seq(time(options.now - 24 * 3600_000), time(notAfter.getTime())),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    extensions,
  );
  const signature = sign('sha256', tbs, privateKey);
  const certDer = seq(tbs, ECDSA_WITH_SHA256, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const certPem = new X509Certificate(certDer).toString();
  return { keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), certPem, sha256: certificateSha256(certDer) };
};

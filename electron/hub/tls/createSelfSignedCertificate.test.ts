import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateSha256, createSelfSignedCertificate } from './createSelfSignedCertificate.ts';

describe('createSelfSignedCertificate', () => {
  // About one random serial in 256 began 00 0x; its non-minimal DER made OpenSSL refuse the certificate
  // and the hub fail to start (seen in the fault suite). 1,500 certificates meet such a serial with
  // 99.7% probability, in well under a second.
  it('makes a certificate OpenSSL accepts every time, whatever the random serial', () => {
    for (let i = 0; i < 1500; i++) {
      const made = createSelfSignedCertificate({ commonName: `SalesDesk hub ${i}`, now: Date.UTC(2026, 11, 3) });
      const cert = new X509Certificate(made.certPem);
      expect(certificateSha256(cert.raw)).toBe(made.sha256);
    }
  });
});

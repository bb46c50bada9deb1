import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { frontRoute, listenHubFront } from './listenHubFront.ts';

describe('one port, TLS for the LAN', () => {
  it('sends a TLS handshake to TLS, and plain HTTP only from this computer', () => {
    expect(frontRoute(0x16, '192.168.1.20', true)).toBe('tls');
    expect(frontRoute(0x16, '127.0.0.1', true)).toBe('tls');
    expect(frontRoute(0x47 /* G */, '127.0.0.1', true)).toBe('plain');
    expect(frontRoute(0x47, '::ffff:127.0.0.1', true)).toBe('plain');
    expect(frontRoute(0x47, '192.168.1.20', true)).toBe('redirect');
    expect(frontRoute(0x50 /* P */, '::ffff:10.0.0.3', true)).toBe('redirect');
    // Without a certificate a handshake byte is just not HTTP: never TLS.
    expect(frontRoute(0x16, '192.168.1.20', false)).toBe('redirect');
  });

  it('refuses to listen beyond loopback without a certificate', async () => {
    await expect(listenHubFront({ host: '0.0.0.0', port: 0, plain: createServer(), secure: null })).rejects.toThrow(/只能监听本机地址（127.0.0.1），不能监听 0.0.0.0/);
    const loopback = await listenHubFront({ host: '127.0.0.1', port: 0, plain: createServer(), secure: null });
    expect(loopback.port).toBeGreaterThan(0);
    await loopback.close();
  });
});

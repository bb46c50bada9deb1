import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from 'node:tls';
import { WebSocket as NodeWebSocket } from 'ws';
import { PIN_MISMATCH_MESSAGE, pinFromSha256 } from '../../../shared/sync/hubPin.ts';
import { certificateSha256 } from './createSelfSignedCertificate.ts';

export class HubPinMismatchError extends Error {
  readonly code = 'HUB_PIN_MISMATCH';
  constructor() {
    super(PIN_MISMATCH_MESSAGE);
  }
}

type Created = (err: Error | null, socket?: TLSSocket) => void;

/**
 * `createConnection` for node:https and ws: the TLS socket is handed to the request only after the
 * hub's certificate matched the pin, so nothing (no join code, no token) is written to any other peer.
 * The pin stands in for a CA: the certificate is self-signed by design.
 */
export const pinnedConnect =
  (pin: string) =>
  (options: ConnectionOptions & { path?: string | null }, callback: Created): undefined => {
    let done = false;
    const finish = (err: Error | null, socket?: TLSSocket) => {
      if (done) return;
      done = true;
      callback(err, socket);
    };
    // `path` would mean a Unix socket to net.connect; SNI takes host names only.
    const host = options.host ?? 'localhost';
    const socket = tlsConnect({ ...options, path: undefined, host, servername: isIP(host) ? '' : host, rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerX509Certificate();
      if (cert && pinFromSha256(certificateSha256(cert.raw)) === pin) return finish(null, socket);
      socket.destroy();
      finish(new HubPinMismatchError());
    });
    socket.once('error', (err) => finish(err));
    return undefined;
  };

/** A `fetch` for Node clients (the integration harness, tools) that only talks to the pinned hub. */
export const pinnedFetch =
  (pin: string): typeof fetch =>
  (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.protocol !== 'https:') return reject(new TypeError(`只能用 https 连接已固定证书的团队服务器：${url.origin}`));
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const req = httpsRequest(url, { method: init?.method ?? 'GET', headers, createConnection: pinnedConnect(pin) as never }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 500;
          const body = [101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
          const headers = Object.entries(res.headers).map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]);
          resolve(new Response(body, { status, headers }));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    });

/** A WebSocket for Node clients of the pinned hub (same surface as the browser's). */
export const pinnedWebSocket =
  (pin: string) =>
  (url: string): WebSocket =>
    new NodeWebSocket(url, { createConnection: pinnedConnect(pin) as never }) as unknown as WebSocket;

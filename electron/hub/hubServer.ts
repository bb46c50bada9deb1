import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppEvent } from '../../shared/api/apiSchemas.ts';
import type { ApiHandlers } from '../../shared/api/appApi.ts';
import { createApiDispatcher } from '../../shared/api/createApiDispatcher.ts';
import { BodyTooLargeError, readRequestBody } from './readRequestBody.ts';
import { sendJson } from './sendJson.ts';
import { mimeTypeOf, resolveStaticPath, securityHeaders } from './staticFiles.ts';
import { listenHubFront } from './tls/listenHubFront.ts';
import { isLoopbackHost } from '../../shared/sync/hubPin.ts';

export type HubServerOptions = {
  host: string;
  port: number;
  /** The built renderer (out/renderer), served so a browser runs the same app in web mode. */
  rendererDir: string;
  handlers: ApiHandlers;
  /** More HTTP endpoints by path prefix (the team API). */
  routes?: { prefix: string; handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> }[];
  /** More WebSocket endpoints by path (the sync endpoint). */
  upgrades?: Record<string, (req: IncomingMessage, socket: Duplex, head: Buffer) => void>;
  /** The hub's certificate: with it the port speaks TLS to the LAN (plain HTTP stays for loopback peers only). */
  tls?: { key: string; cert: string };
};

export type HubServer = {
  /** Plain HTTP on loopback: this computer only. */
  url: string;
  /** https://…:port (null without a certificate): what the LAN uses. */
  secureUrl: string | null;
  port: number;
  broadcast: (event: AppEvent) => void;
  close: () => Promise<void>;
};

const API_PREFIX = '/api/call/';
const EVENTS_PATH = '/api/events';
const MAX_BODY = 1024 * 1024;

const failure = (code: string, message: string) => ({ ok: false, error: { code, message } });

const handleCall = async (req: IncomingMessage, res: ServerResponse, dispatch: ReturnType<typeof createApiDispatcher>): Promise<void> => {
  if (req.method !== 'POST') return sendJson(res, 405, failure('badArguments', '请使用 POST 调用接口'));
  let args: unknown;
  try {
    const body = await readRequestBody(req, MAX_BODY);
    args = body === '' ? [] : JSON.parse(body);
  } catch (err) {
    const tooLarge = err instanceof BodyTooLargeError;
    return sendJson(res, tooLarge ? 413 : 400, failure('badArguments', tooLarge ? '请求内容过大' : '请求内容不是有效的 JSON'));
  }
  const method = decodeURIComponent((req.url ?? '').slice(API_PREFIX.length).split('?')[0] ?? '');
  const outcome = await dispatch(method, args);
  const status = outcome.ok ? 200 : outcome.error.code === 'unknownMethod' ? 404 : outcome.error.code === 'failed' ? 500 : 400;
  sendJson(res, status, outcome);
};

const serveStatic = async (req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, failure('badArguments', '不支持的请求方法'));
  const filePath = resolveStaticPath(rendererDir, req.url ?? '/');
  const info = filePath ? await stat(filePath).catch(() => null) : null;
  if (!filePath || !info?.isFile()) return sendJson(res, 404, failure('notFound', '找不到该页面'));
  const immutable = filePath.includes('/assets/') && !filePath.endsWith('.html');
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': mimeTypeOf(filePath),
    'Content-Length': info.size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(filePath).pipe(res);
};

/** The team hub's HTTP + WebSocket front: the renderer, the `window.api` calls, and the event stream. */
export const startHubServer = async (options: HubServerOptions): Promise<HubServer> => {
  const dispatch = createApiDispatcher(options.handlers);
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const route = options.routes?.find((r) => url.startsWith(r.prefix));
    const work = route ? route.handle(req, res) : url.startsWith(API_PREFIX) ? handleCall(req, res, dispatch) : serveStatic(req, res, options.rendererDir);
    work.catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, failure('failed', `服务器内部错误：${String(err)}`));
      else res.destroy();
    });
  };
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const extra = options.upgrades?.[path];
    if (extra) extra(req, socket, head);
    else if (path !== EVENTS_PATH) socket.destroy();
    else sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => sockets.emit('connection', ws, req));
  };
  // One handler set behind both; listenHubFront hands each connection to the right one.
  const plain = createServer(onRequest).on('upgrade', onUpgrade);
  const secure = options.tls ? createSecureServer({ key: options.tls.key, cert: options.tls.cert }, onRequest).on('upgrade', onUpgrade) : null;
  const server = await listenHubFront({ host: options.host, port: options.port, plain, secure });
  const { port } = server;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  const secureUrl = secure ? `https://${shownHost}:${port}` : null;
  return {
    // A hub bound to one LAN address only has no loopback side: its own address is the https one.
    url: isLoopbackHost(shownHost) ? `http://${shownHost}:${port}` : (secureUrl ?? ''),
    secureUrl,
    port,
    broadcast: (event) => {
      const data = JSON.stringify(event);
      for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        void server.close().then(resolve);
      }),
  };
};

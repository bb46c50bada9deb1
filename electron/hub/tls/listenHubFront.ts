import { createServer as createPlainServer, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { isLoopbackHost } from '../../../shared/sync/hubPin.ts';

const TLS_HANDSHAKE = 0x16;

export type FrontRoute = 'tls' | 'plain' | 'redirect';

/**
 * Where one connection goes, by its first byte and its peer: TLS from anyone; plain HTTP only from this
 * computer (loopback never leaves the machine); plain HTTP from the LAN is only told to use https.
 */
export const frontRoute = (firstByte: number, remoteAddress: string, tlsOn: boolean): FrontRoute =>
  tlsOn && firstByte === TLS_HANDSHAKE ? 'tls' : isLoopbackHost(remoteAddress) ? 'plain' : 'redirect';

/** Plain HTTP from another computer learns the https address and nothing else (no page, no API, no WebSocket). */
const redirectServer = (): HttpServer =>
  createPlainServer((req, res) => {
    const host = req.headers.host ?? '';
    res.writeHead(/^[\w.:[\]-]+$/.test(host) ? 308 : 400, {
      ...(/^[\w.:[\]-]+$/.test(host) ? { Location: `https://${host}${req.url ?? '/'}` } : {}),
      'Content-Type': 'text/plain; charset=utf-8',
      Connection: 'close',
    });
    res.end('销售台团队服务器在局域网上只接受加密连接（https）。请在地址前使用 https://。');
  });

export type HubFrontOptions = { host: string; port: number; plain: HttpServer; secure: HttpServer | null };

/**
 * One port for both: the LAN speaks TLS (https/wss), while this computer may also speak plain HTTP
 * (the hosting desktop's own window, tests). Without TLS the hub only binds loopback.
 */
export type HubFront = { port: number; /** Stops listening and drops every connection, whichever server holds it. */ close: () => Promise<void> };

export const listenHubFront = async (o: HubFrontOptions): Promise<HubFront> => {
  if (!o.secure && !isLoopbackHost(o.host)) {
    throw new Error(`没有证书时团队服务器只能监听本机地址（127.0.0.1），不能监听 ${o.host}：局域网上的连接必须加密。`);
  }
  const redirect = redirectServer();
  const open = new Set<Socket>();
  const front: NetServer = createNetServer((socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    // A peer that connects and says nothing is not kept forever.
    socket.setTimeout(30_000, () => socket.destroy());
    socket.once('data', (chunk: Buffer) => {
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(chunk);
      const route = frontRoute(chunk[0] ?? 0, socket.remoteAddress ?? '', o.secure !== null);
      (route === 'tls' ? o.secure : route === 'plain' ? o.plain : redirect)?.emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(o.port, o.host, () => resolve());
  });
  return {
    port: (front.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        front.close(() => resolve());
        for (const socket of open) socket.destroy();
      }),
  };
};

import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy standing for the office LAN between a desktop and the hub. `cut()` pulls the cable
 * (every connection is reset and new ones are refused until `restore()`); `stall()` stops the bytes
 * without closing anything (Wi-Fi gone for a moment) until `restore()` lets them through again.
 */
export type TcpProxy = {
  url: string;
  port: number;
  /** Bytes sent from clients towards the hub so far. */
  upstreamBytes: () => number;
  connections: () => number;
  /** The first byte each connection sent (0x16: a TLS handshake; 'G' = 0x47: plain HTTP). */
  firstBytes: () => number[];
  cut: () => void;
  stall: () => void;
  restore: () => void;
  /** Hub-to-desktop bytes are thrown away from now until `cut()` (replies lost on the way). */
  dropReplies: () => void;
  /** Calls `onBytes` with the running upstream total after each chunk (to cut in the middle of a message). */
  watchUpstream: (onBytes: (total: number) => void) => void;
  close: () => Promise<void>;
};

type Pair = { client: Socket; hub: Socket };

export const startTcpProxy = async (hubPort: number, scheme = 'http'): Promise<TcpProxy> => {
  const pairs = new Set<Pair>();
  let mode: 'open' | 'cut' | 'stalled' = 'open';
  let upstream = 0;
  let dropping = false;
  const firsts: number[] = [];
  let watcher: ((total: number) => void) | null = null;

  const server = createServer((client) => {
    if (mode === 'cut') return void client.resetAndDestroy();
    const hub = createConnection({ host: '127.0.0.1', port: hubPort });
    const pair = { client, hub };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      hub.destroy();
    };
    let fresh = true;
    client.on('data', (chunk: Buffer) => {
      if (fresh) firsts.push(chunk[0] ?? -1);
      fresh = false;
      upstream += chunk.length;
      hub.write(chunk);
      watcher?.(upstream);
    });
    hub.on('data', (chunk: Buffer) => dropping || client.write(chunk));
    for (const s of [client, hub]) s.on('error', drop).on('close', drop);
    if (mode === 'stalled') {
      client.pause();
      hub.pause();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    upstreamBytes: () => upstream,
    connections: () => pairs.size,
    firstBytes: () => [...firsts],
    cut: () => {
      mode = 'cut';
      dropping = false;
      for (const p of pairs) {
        p.client.resetAndDestroy();
        p.hub.destroy();
      }
      pairs.clear();
    },
    stall: () => {
      mode = 'stalled';
      for (const p of pairs) {
        p.client.pause();
        p.hub.pause();
      }
    },
    restore: () => {
      mode = 'open';
      for (const p of pairs) {
        p.client.resume();
        p.hub.resume();
      }
    },
    dropReplies: () => {
      dropping = true;
    },
    watchUpstream: (onBytes) => (watcher = onBytes),
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of pairs) {
          p.client.destroy();
          p.hub.destroy();
        }
        server.close(() => resolve());
      }),
  };
};

import { WebSocket } from 'ws';
import { SYNC_PATH, SYNC_PROTOCOL } from '../../../shared/sync/syncProtocol.ts';

export type RawMessage = Record<string, unknown>;

/** A hand-driven sync socket (the `ws` package): sends anything, records everything the hub sends back. */
export type RawSocket = {
  ws: WebSocket;
  /** Every message received, in order (live changes included). */
  received: RawMessage[];
  send: (m: unknown) => void;
  /** The next reply that is not a live change or presence event. */
  next: (timeoutMs?: number) => Promise<RawMessage>;
  closed: Promise<number>;
  isOpen: () => boolean;
};

export const openRawSocket = async (hubUrl: string, token?: string): Promise<RawSocket> => {
  const ws = new WebSocket(`${hubUrl.replace(/^http/, 'ws')}${SYNC_PATH}`);
  const received: RawMessage[] = [];
  let read = 0;
  ws.on('message', (d) => received.push(JSON.parse(String(d)) as RawMessage));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const next = async (timeoutMs = 10_000): Promise<RawMessage> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      while (read < received.length) {
        const m = received[read++] as RawMessage;
        if (m['t'] !== 'change' && m['t'] !== 'presence') return m;
      }
      if (Date.now() > until) throw new Error(`no reply within ${timeoutMs} ms; received ${JSON.stringify(received).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const raw: RawSocket = {
    ws, received, next, closed,
    send: (m) => ws.send(typeof m === 'string' || Buffer.isBuffer(m) ? m : JSON.stringify(m)),
    isOpen: () => ws.readyState === ws.OPEN,
  };
  if (token) {
    raw.send({ t: 'hello', protocol: SYNC_PROTOCOL, token, deviceId: 'raw-socket' });
    const welcome = await next();
    if (welcome['t'] !== 'welcome') throw new Error(`hello refused: ${JSON.stringify(welcome)}`);
  }
  return raw;
};

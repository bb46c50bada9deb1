import type { HubMessage } from '../../shared/sync/syncProtocol.ts';

const SQLITE_FULL = 13;
const SQLITE_IOERR = 10;

/** What to tell a desktop whose request the hub could not carry out (the store threw). */
export const storeFailureMessage = (error: unknown): string => {
  const code = error instanceof Error && 'errcode' in error ? Number(error.errcode) & 0xff : null;
  if (code === SQLITE_FULL) return '团队服务器的磁盘已满，这次修改没有保存（已保存的数据不受影响）。请清理团队服务器所在电脑的磁盘空间；修改留在本机，空间恢复后会自动重新发送。';
  if (code === SQLITE_IOERR) return '团队服务器读写磁盘出错，这次修改没有保存。请检查团队服务器所在电脑的磁盘；修改留在本机，稍后会自动重新发送。';
  const reason = error instanceof Error ? error.message : String(error);
  return `团队服务器处理请求时出错（${reason.slice(0, 200)}），这次修改没有保存。修改留在本机，稍后会自动重新发送。`;
};

/** The request id of a raw message, if it has one (only read when answering a failure). */
const ridOf = (raw: string): number | undefined => {
  try {
    const rid = (JSON.parse(raw) as { rid?: unknown } | null)?.rid;
    return typeof rid === 'number' && Number.isInteger(rid) ? rid : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Runs one sync message's handler. A throw (disk full, I/O error) would escape the socket's event
 * and end the hub process; instead the request is answered with an error the desktop shows and
 * retries, and the socket and hub keep serving. Store writes are transactions, so nothing half-done stays.
 */
export const answerSafely = (raw: string, handle: () => void, send: (m: HubMessage) => void, log: (m: string) => void = console.error): void => {
  try {
    handle();
  } catch (error) {
    const message = storeFailureMessage(error);
    log(`同步请求失败：${error instanceof Error ? error.message : String(error)}`);
    const rid = ridOf(raw);
    send({ t: 'error', code: 'failed', message, ...(rid === undefined ? {} : { rid }) });
  }
};

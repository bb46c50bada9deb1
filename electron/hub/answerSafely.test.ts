import { describe, expect, it } from 'vitest';
import type { HubMessage } from '../../shared/sync/syncProtocol.ts';
import { answerSafely } from './answerSafely.ts';

const sqliteError = (errcode: number, message: string) => Object.assign(new Error(message), { errcode });

describe('answerSafely', () => {
  const run = (raw: string, error: unknown) => {
    const sent: HubMessage[] = [];
    const logged: string[] = [];
    answerSafely(raw, () => { throw error; }, (m) => sent.push(m), (m) => logged.push(m));
    return { sent, logged };
  };

  it('answers a store failure with the request id and a Chinese reason instead of throwing out of the socket', () => {
    const { sent, logged } = run('{"t":"push","rid":7}', sqliteError(13, 'database or disk is full'));
    expect(sent).toEqual([{ t: 'error', rid: 7, code: 'failed', message: expect.stringContaining('团队服务器的磁盘已满') }]);
    expect(logged).toEqual(['同步请求失败：database or disk is full']);
  });

  it('names I/O errors (extended codes too) and anything else, and has no rid for a message without one', () => {
    expect(run('{"t":"pull","rid":2}', sqliteError(10 | (4 << 8), 'disk I/O error')).sent[0]).toMatchObject({ rid: 2, message: expect.stringContaining('读写磁盘出错') });
    const other = run('not json', new Error('boom')).sent[0];
    expect(other).toEqual({ t: 'error', code: 'failed', message: expect.stringContaining('团队服务器处理请求时出错（boom）') });
  });

  it('does nothing when the handler succeeds', () => {
    const sent: HubMessage[] = [];
    answerSafely('{}', () => undefined, (m) => sent.push(m));
    expect(sent).toEqual([]);
  });
});

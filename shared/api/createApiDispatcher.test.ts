import { describe, expect, it } from 'vitest';
import type { ApiHandlers } from './appApi.ts';
import { createApiDispatcher } from './createApiDispatcher.ts';

const handlers: ApiHandlers = {
  getAppInfo: () => ({ name: '销售台', version: '0.1.0', mode: 'web', platform: 'linux' }),
  setLocale: () => {
    throw new Error('磁盘已满');
  },
  showNotification: () => ({ shown: 'yes' }) as never,
  hostTeam: () => Promise.reject(new Error('不支持')),
  getHostingState: () => ({ running: false, lanUrls: [] }),
  discoverHubs: () => [],
  printPage: () => ({ outcome: 'printed' }),
  savePdf: ({ fileName }) => ({ saved: true, path: `/home/zhang/${fileName}` }),
  openAttachment: ({ fileName }) => ({ opened: true, path: `/tmp/${fileName}` }),
  pinHubCertificate: () => ({ pinned: false }),
  wasHubCertificateRefused: () => ({ refused: false }),
  getSecret: () => ({ available: false, value: null }),
  setSecret: () => ({ stored: false }),
  deleteSecret: () => null,
};
const dispatch = createApiDispatcher(handlers);

describe('createApiDispatcher', () => {
  it('runs a known method with valid arguments', async () => {
    expect(await dispatch('getAppInfo', [])).toMatchObject({ ok: true, value: { mode: 'web' } });
  });

  it('refuses unknown methods and non-array or wrong arguments in Chinese', async () => {
    expect(await dispatch('deleteEverything', [])).toMatchObject({ ok: false, error: { code: 'unknownMethod', message: expect.stringContaining('未知的操作') } });
    expect(await dispatch('__proto__', [])).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
    const notArray = await dispatch('setLocale', { locale: 'en' });
    expect(notArray).toMatchObject({ ok: false, error: { code: 'badArguments', message: expect.stringContaining('参数无效') } });
    expect(await dispatch('getAppInfo', ['extra'])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
  });

  it('reports a failing handler and a malformed result without throwing', async () => {
    expect(await dispatch('setLocale', ['en'])).toEqual({ ok: false, error: { code: 'failed', message: '操作“setLocale”失败：磁盘已满' } });
    expect(await dispatch('showNotification', [{ title: '提醒', body: '' }])).toMatchObject({ ok: false, error: { code: 'badResult' } });
  });
});

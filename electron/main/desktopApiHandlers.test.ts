import { describe, expect, it } from 'vitest';
import { createApiDispatcher } from '../../shared/api/createApiDispatcher.ts';
import { createDesktopApiHandlers } from './desktopApiHandlers.ts';

describe('desktop window.api behind the IPC dispatcher', () => {
  const applied: string[] = [];
  const shown: string[] = [];
  const dispatch = createApiDispatcher(
    createDesktopApiHandlers({
      version: '1.2.3',
      platform: 'win32',
      applyLocale: (l) => applied.push(l),
      notify: (r) => (shown.push(r.title), true),
      discoverHubs: () => Promise.resolve([{ name: '销售台 · 华东', url: 'http://192.168.1.20:4317', hubId: 'h1' }]),
      hosting: {
        host: (admin) => Promise.resolve({ hubUrl: 'http://127.0.0.1:4317', lanUrls: [], token: `t-${admin.memberId}`, hubId: 'h' }),
        state: () => ({ running: true, lanUrls: ['http://10.0.0.5:4317'] }),
      },
      // Printing has its own tests (printHandlers.test.ts); here no window is open.
      printing: { contents: () => null, documentsDir: () => '', showSaveDialog: () => Promise.resolve({ canceled: true }), writeFile: () => Promise.resolve(), saveDialogTitle: () => '' },
      opening: { tempDir: () => '', exists: () => Promise.resolve(false), mkdir: () => Promise.resolve(), writeFile: () => Promise.resolve(), openPath: () => Promise.resolve('') },
    }),
  );

  it('answers app info as the desktop', async () => {
    expect(await dispatch('getAppInfo', [])).toEqual({ ok: true, value: { name: '销售台', version: '1.2.3', mode: 'desktop', platform: 'win32' } });
  });

  it('switches the menu language only for a supported locale', async () => {
    expect(await dispatch('setLocale', ['en'])).toEqual({ ok: true, value: null });
    const bad = await dispatch('setLocale', ['fr']);
    expect(bad.ok).toBe(false);
    expect(applied).toEqual(['en']);
  });

  it('hosts the team for a named admin and reports where colleagues reach it', async () => {
    expect(await dispatch('hostTeam', [{ memberId: 'm1', name: '张伟' }])).toMatchObject({ ok: true, value: { token: 't-m1' } });
    expect(await dispatch('hostTeam', [{ memberId: '', name: '张伟' }])).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(await dispatch('getHostingState', [])).toEqual({ ok: true, value: { running: true, lanUrls: ['http://10.0.0.5:4317'] } });
    expect(await dispatch('discoverHubs', [])).toMatchObject({ ok: true, value: [{ url: 'http://192.168.1.20:4317' }] });
  });

  it('shows a notification and refuses an empty title', async () => {
    expect(await dispatch('showNotification', [{ title: '今日待跟进 3 条', body: '点击查看' }])).toEqual({ ok: true, value: { shown: true } });
    const bad = await dispatch('showNotification', [{ title: '', body: '' }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(shown).toEqual(['今日待跟进 3 条']);
  });
});

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

  it('shows a notification and refuses an empty title', async () => {
    expect(await dispatch('showNotification', [{ title: '今日待跟进 3 条', body: '点击查看' }])).toEqual({ ok: true, value: { shown: true } });
    const bad = await dispatch('showNotification', [{ title: '', body: '' }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    expect(shown).toEqual(['今日待跟进 3 条']);
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHubServer, type HubServer } from '../../electron/hub/hubServer.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';

let hub: HubServer;
const rendererDir = mkdtempSync(join(tmpdir(), 'salesdesk-renderer-'));

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>销售台</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {}');
  hub = await startHubServer({ host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: '9.9.9', platform: 'linux' }) });
});
afterAll(async () => {
  await hub.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

const call = (method: string, body: string) =>
  fetch(`${hub.url}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

describe('hub in web mode (real HTTP on loopback)', () => {
  it('serves the renderer with security headers, and app routes fall back to index.html', async () => {
    const index = await fetch(`${hub.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('销售台');
    const route = await fetch(`${hub.url}/customers`);
    expect(await route.text()).toContain('销售台');
    const js = await fetch(`${hub.url}/assets/app.js`);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${hub.url}/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${hub.url}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('answers window.api calls with the same contract as the desktop', async () => {
    const res = await call('getAppInfo', '[]');
    expect(await res.json()).toEqual({ ok: true, value: { name: '销售台', version: '9.9.9', mode: 'web', platform: 'linux' } });
    expect(await (await call('setLocale', '["en"]')).json()).toEqual({ ok: true, value: null });
  });

  it('refuses bad calls with a status and a Chinese reason, and keeps serving', async () => {
    const notJson = await call('setLocale', '{oops');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { message: '请求内容不是有效的 JSON' } });
    const badArgs = await call('setLocale', '["klingon"]');
    expect(badArgs.status).toBe(400);
    expect(((await badArgs.json()) as { error: { message: string } }).error.message).toContain('参数无效');
    expect((await call('dropTables', '[]')).status).toBe(404);
    expect((await call('getAppInfo', 'x'.repeat(2 * 1024 * 1024))).status).toBe(413);
    expect((await fetch(`${hub.url}/api/call/getAppInfo`)).status).toBe(405);
    expect((await call('getAppInfo', '[]')).status).toBe(200);
  });

  it('pushes events to every connected browser over the WebSocket', async () => {
    const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/api/events`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const received = new Promise<unknown>((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
    hub.broadcast({ type: 'navigate', page: 'reports' });
    expect(await received).toEqual({ type: 'navigate', page: 'reports' });
    ws.close();
  });

  it('refuses WebSocket upgrades on other paths', async () => {
    const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/somewhere`);
    await expect(new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))).rejects.toThrow();
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './appProtocolHandler.ts';

const dir = mkdtempSync(join(tmpdir(), 'salesdesk-app-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>销售台</title>');
writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1)');
const handle = createAppProtocolHandler(dir, () => ['ws://10.0.0.5:4317']);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves the renderer with the CSP as a header', async () => {
    const res = await handle(new Request('app://salesdesk/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('销售台');
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' ws://10.0.0.5:4317");
    const js = await handle(new Request('app://salesdesk/assets/main.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses escapes and answers 404 for missing files', async () => {
    // Encoded slashes survive URL parsing, so the handler itself must catch the escape.
    expect((await handle(new Request('app://salesdesk/assets/..%2f..%2f..%2fetc%2fhosts.txt'))).status).toBe(403);
    // Dot segments are removed by URL parsing: this names /etc/passwd inside the app, an app route.
    const dots = await handle(new Request('app://salesdesk/%2e%2e/%2e%2e/etc/passwd'));
    expect(await dots.text()).toContain('<title>销售台</title>');
    expect((await handle(new Request('app://salesdesk/assets/missing.js'))).status).toBe(404);
  });
});

// Diagnostic (not part of npm run bench): CPU profile of the renderer during an initial sync.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { chromiumLaunch } from '../../playwright.config.ts';
import { seedHub } from './seedHub.ts';

const root = join(import.meta.dirname, '..', '..');
const hub = await startTeamHub({ dataDir: mkdtempSync(join(tmpdir(), 'prof-')), host: '127.0.0.1', port: 0, rendererDir: join(root, 'out', 'renderer'), handlers: createWebApiHandlers({ version: 'p', platform: 'linux' }) });
seedHub(hub.store, 10_000, Date.now());
const browser = await chromium.launch(chromiumLaunch);
const page = await (await browser.newContext()).newPage();
await page.goto(hub.url);
await page.getByRole('button', { name: /加入团队/ }).click();
await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
await page.getByLabel('你的姓名').fill('p');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.getByRole('button', { name: '加入' }).click();
await page.getByTestId('status-counts').filter({ hasText: '10000 条跟进' }).waitFor({ timeout: 600_000 });
console.log('sync ms', Date.now() - t0);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[] } };
const self = new Map<string, number>();
let total = 0;
for (const n of profile.nodes) {
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
  total += n.hitCount ?? 0;
}
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(((v / total) * 100).toFixed(1).padStart(5), k);
await browser.close();
await hub.close();

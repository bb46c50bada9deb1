// `npm run bench`: measured figures with a baseline taken in the same run. Prints a table.
// Takes ~8 minutes: 100k-follow-up initial syncs in Chromium and a 60 s soak with 20 clients.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { startHubServer } from '../../electron/hub/hubServer.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { chromiumLaunch } from '../../playwright.config.ts';
import { median, time, type BenchRow } from './benchRow.ts';
import { concurrencyBench } from './concurrencyBench.ts';
import { dashboardBench } from './dashboardBench.ts';
import { gridBench } from './gridBench.ts';
import { importBench } from './importBench.ts';
import { initialSyncBench } from './initialSyncBench.ts';
import { weeklyBench } from './weeklyBench.ts';

const rows: BenchRow[] = [];
const root = join(import.meta.dirname, '..', '..');

const benchGenerator = async () => {
  for (const size of [5_000, 100_000]) {
    const runs: number[] = [];
    let data: ReturnType<typeof generateDemoData> | undefined;
    for (let i = 0; i < 3; i++) runs.push(await time(() => (data = generateDemoData({ seed: 7, now: Date.UTC(2026, 10, 23, 4), followUps: size }))));
    const clone = median(await Promise.all([0, 1, 2].map(() => time(() => structuredClone(data)))));
    rows.push({ metric: `demo generator, ${size.toLocaleString('en')} follow-ups`, value: median(runs), unit: 'ms', baseline: 'structuredClone of its output', baseValue: clone });
  }
};

const rawIndexedDbPut = (page: Page, docs: unknown[]) =>
  page.evaluate(async (items) => {
    const open = indexedDB.open(`baseline${Date.now()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('docs', { keyPath: 'id' });
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const start = performance.now();
    const tx = db.transaction('docs', 'readwrite');
    for (const item of items) tx.objectStore('docs').put(item);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    return performance.now() - start;
  }, docs);

const benchWebMode = async () => {
  const hub = await startHubServer({ host: '127.0.0.1', port: 0, rendererDir: join(root, 'out', 'renderer'), handlers: createWebApiHandlers({ version: 'bench', platform: process.platform }) });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    const welcome = await time(async () => {
      await page.goto(hub.url);
      await page.getByRole('button', { name: /创建团队/ }).waitFor();
    });
    await page.getByRole('button', { name: /创建团队/ }).click();
    await page.getByLabel('团队名称').fill('基准团队');
    await page.getByLabel('你的姓名').fill('测试');
    await page.getByRole('checkbox').check();
    const load = await time(async () => {
      await page.getByRole('button', { name: '开始使用' }).click();
      await page.getByTestId('page-summary').filter({ hasText: '5000' }).waitFor({ timeout: 300_000 });
    });
    const demo = generateDemoData({ seed: 1, now: Date.now() });
    const docs = [...demo.followUps, ...demo.customers, ...demo.dailyReports, ...demo.comments, ...demo.members];
    const raw = await rawIndexedDbPut(page, docs);
    rows.push({ metric: `load sample data in Chromium (${docs.length} docs, RxDB+Dexie)`, value: load, unit: 'ms', baseline: 'raw IndexedDB put, same docs', baseValue: raw });
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      starts.push(await time(async () => {
        await page.reload();
        await page.getByTestId('page-summary').filter({ hasText: '5000' }).waitFor();
      }));
    }
    rows.push({ metric: 'web-mode start with sample data (reload → counts shown)', value: median(starts), unit: 'ms', baseline: 'first start, empty (welcome shown)', baseValue: welcome });
  } finally {
    await browser.close();
    await hub.close();
  }
};

const printTable = () => {
  const fmt = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(n < 100 ? 1 : 0));
  const ratio = (r: BenchRow) => (r.baseValue > 0 && !Number.isNaN(r.baseValue) ? `${(r.value / r.baseValue).toFixed(2)}×` : '—');
  console.log('\n| metric | value | target | baseline (same run) | baseline value | ratio |');
  console.log('|---|---:|---|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.metric} | ${fmt(r.value)} ${r.unit} | ${r.target ?? ''} | ${r.baseline} | ${fmt(r.baseValue)} ${r.unit} | ${ratio(r)} |`);
};

if (!existsSync(join(root, process.env['SALESDESK_OUT'] ?? 'out', 'renderer', 'index.html'))) {
  spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
}
// BENCH_ONLY=generator,web,sync,grid,live,import,dashboard,weekly runs a subset (e.g. to re-measure after a sync change).
const only = new Set((process.env['BENCH_ONLY'] ?? 'generator,web,sync,grid,live,import,dashboard,weekly').split(','));
if (only.has('generator')) await benchGenerator();
if (only.has('web')) await benchWebMode();
if (only.has('sync')) rows.push(...(await initialSyncBench(root)));
if (only.has('grid')) rows.push(...(await gridBench(root)));
if (only.has('live')) rows.push(...(await concurrencyBench(root, 100_000)));
if (only.has('import')) rows.push(...(await importBench(root)));
if (only.has('dashboard')) rows.push(...(await dashboardBench(root)));
if (only.has('weekly')) rows.push(...(await weeklyBench(root)));
printTable();

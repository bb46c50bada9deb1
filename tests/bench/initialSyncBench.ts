import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { chromiumLaunch } from '../../playwright.config.ts';
import { time, type BenchRow } from './benchRow.ts';
import { seedHub } from './seedHub.ts';

const FOLLOW_UPS = Number(process.env['BENCH_SYNC_FOLLOWUPS'] ?? 100_000);

/** Joins a fresh Chromium client to the hub through the UI and waits until every follow-up is local. */
const joinAndSync = async (hubUrl: string, code: string, pullBatch?: number, snapshot = true): Promise<number> => {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    if (pullBatch) await context.addInitScript((n) => window.localStorage.setItem('salesdesk.syncPullBatch', String(n)), pullBatch);
    if (!snapshot) await context.addInitScript(() => window.localStorage.setItem('salesdesk.syncSnapshot', 'off'));
    const page = await context.newPage();
    await page.goto(hubUrl);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(code);
    await page.getByLabel('你的姓名').fill('基准测试');
    return await time(async () => {
      await page.getByRole('button', { name: '加入' }).click();
      await page.getByTestId('status-counts').filter({ hasText: `${FOLLOW_UPS} 条跟进` }).waitFor({ timeout: 600_000 });
      await page.getByTestId('sync-state').filter({ hasText: '已同步' }).waitFor({ timeout: 600_000 });
    });
  } finally {
    await browser.close();
  }
};

/** Initial sync of the whole team into a fresh Chromium client: ours vs RxDB's default batch size. */
export const initialSyncBench = async (root: string): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-bench-sync-'));
  const hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir: join(root, 'out', 'renderer'), handlers: createWebApiHandlers({ version: 'bench', platform: process.platform }) });
  try {
    const { docs } = seedHub(hub.store, FOLLOW_UPS, Date.now());
    const ours = await joinAndSync(hub.url, hub.issueJoinCode('admin'), process.env['BENCH_PULL'] ? Number(process.env['BENCH_PULL']) : undefined);
    // Baseline: plain replicateRxCollection as RxDB ships it (batch 100, no snapshot).
    const defaults = process.env['BENCH_SKIP_DEFAULT'] ? Number.NaN : await joinAndSync(hub.url, hub.issueJoinCode('admin'), 100, false);
    return [{ metric: `initial sync into Chromium, ${FOLLOW_UPS.toLocaleString('en')} follow-ups (${docs.toLocaleString('en')} docs)`, value: ours, unit: 'ms', baseline: 'same, plain RxDB replication (batch 100, no snapshot)', baseValue: defaults, target: '≤ 30 s' }];
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import type { HubStore } from '../../electron/hub/store/HubStore.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { generateDemoData, type DemoData } from '../../shared/demo/generateDemoData.ts';
import { weekStartAt } from '../../shared/weekly/weekStartOf.ts';
import { chromiumLaunch } from '../../playwright.config.ts';
import { median, time, type BenchRow } from './benchRow.ts';

const REPS = 20;
/** A month of a 20-rep team: about 2,000–2,600 follow-ups a week. */
const FOLLOW_UPS = 10_000;
const RUNS = 3;

/** The generated team, as if its desktops had pushed it to the hub. */
const seed = (store: HubStore, demo: DemoData, now: number): void => {
  const plan: [string, { id: string }[]][] = [
    ['teamsettings', [demo.teamSettings]],
    ['members', demo.members],
    ['customers', demo.customers],
    ['followups', demo.followUps],
    ['dailyreports', demo.dailyReports],
  ];
  for (const [collection, list] of plan) {
    for (let i = 0; i < list.length; i += 1000) {
      const rows = list.slice(i, i + 1000).map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, _deleted: false } }));
      store.push(collection, rows, { memberId: 'bench-admin', deviceId: 'bench', at: now });
    }
  }
};

/** The week to report: the one with the fewest follow-ups that still has at least 2,000 (the issue's size). */
const pickWeek = (demo: DemoData): { monday: string; count: number } => {
  const weeks = new Map<string, number>();
  for (const f of demo.followUps) weeks.set(weekStartAt(f.followedAt, 480), (weeks.get(weekStartAt(f.followedAt, 480)) ?? 0) + 1);
  const [monday = '', count = 0] = [...weeks].filter(([, n]) => n >= 2000).sort((a, b) => a[1] - b[1])[0] ?? [];
  if (!monday) throw new Error(`no week with 2,000 follow-ups: ${JSON.stringify([...weeks])}`);
  return { monday, count };
};

type ExcelInPage = { Workbook: new () => { addWorksheet: (name: string) => { addRow: (values: unknown[]) => void }; xlsx: { writeBuffer: () => Promise<ArrayBuffer> } } };

/** Baseline: exceljs's own browser build writing a plain workbook of the same rows (no styles, no pictures), in a blank page of the same Chromium. */
const plainWorkbookInPage = async (browser: Browser, root: string, rows: unknown[][]): Promise<number> => {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ path: join(root, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js') });
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(
        await page.evaluate(async (data) => {
          const excel = (window as unknown as { ExcelJS: ExcelInPage }).ExcelJS;
          const start = performance.now();
          const book = new excel.Workbook();
          const sheet = book.addWorksheet('跟进明细');
          for (const row of data) sheet.addRow(row.map((v, j) => (j === 0 ? new Date(v as number) : v)));
          await book.xlsx.writeBuffer();
          return performance.now() - start;
        }, rows),
      );
    }
    return median(runs);
  } finally {
    await page.close();
  }
};

/** 导出 Excel on the 周报 page until the browser has the whole file. */
const exportOnce = (page: Page) =>
  time(async () => {
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await (await downloading).path();
  });

/**
 * The 周报 of a 20-rep team's week with over 2,000 follow-ups, in Chromium through the real page: open the
 * week (the report built from the team's follow-ups), then 导出 Excel → download complete (two ECharts
 * pictures, the workbook built in a worker with the details sheet of every follow-up).
 */
export const weeklyBench = async (root: string): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-bench-weekly-'));
  const rendererDir = join(root, process.env['SALESDESK_OUT'] ?? 'out', 'renderer');
  const hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'bench', platform: process.platform }) });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const now = Date.now();
    const demo = generateDemoData({ seed: 11, now, followUps: FOLLOW_UPS, reps: REPS, months: 1, adminId: 'bench-admin' });
    seed(hub.store, demo, now);
    const week = pickWeek(demo);
    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(hub.url);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
    await page.getByLabel('你的姓名').fill('基准测试');
    await page.getByRole('button', { name: '加入' }).click();
    await page.getByTestId('sync-state').filter({ hasText: '已同步' }).waitFor({ timeout: 300_000 });
    const open = await time(async () => {
      await page.evaluate((hash) => (window.location.hash = hash), `#/dashboard/weekly/${week.monday}`);
      await page.locator('[data-testid="weekly-row"][data-member="totals"] td[data-kpi="followUps"]').filter({ hasText: String(week.count) }).waitFor({ timeout: 60_000 });
    });
    const rowCount = await page.getByTestId('weekly-row').count();
    if (rowCount !== REPS + 1) throw new Error(`expected ${REPS} reps and 合计, found ${rowCount} lines`);
    const exports: number[] = [];
    for (let i = 0; i < RUNS; i++) exports.push(await exportOnce(page));
    console.log(`weekly export runs (ms): ${exports.map((ms) => ms.toFixed(0)).join(', ')}; week ${week.monday}, ${week.count} follow-ups`);
    const start = Date.parse(`${week.monday}T00:00:00+08:00`);
    const names = new Map(demo.customers.map((c) => [c.id, c.name]));
    const rows = demo.followUps
      .filter((f) => f.followedAt >= start && f.followedAt < start + 7 * 86_400_000)
      .map((f) => [f.followedAt, names.get(f.customerId) ?? '', f.contactId, f.method, f.stage, f.status, f.summary, f.amount ?? null, f.nextDate, f.nextAction, f.ownerId]);
    const baseline = await plainWorkbookInPage(browser, root, rows);
    const n = week.count.toLocaleString('en');
    return [
      { metric: `周报 export in Chromium: ${REPS} reps, ${n} follow-ups in the week, 2 charts (导出 Excel → download complete, median of ${RUNS})`, value: median(exports), unit: 'ms', target: '≤ 3 s', baseline: `exceljs browser build writing a plain workbook of the same ${n} rows`, baseValue: baseline },
      { metric: `周报 page: open the week (built from ${FOLLOW_UPS.toLocaleString('en')} follow-ups, ${REPS} reps)`, value: open, unit: 'ms', baseline: `exceljs browser build writing a plain workbook of the same ${n} rows`, baseValue: baseline },
    ];
  } finally {
    await browser.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

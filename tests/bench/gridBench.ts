import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { chromiumLaunch } from '../../playwright.config.ts';
import { median, percentile, time, type BenchRow } from './benchRow.ts';
import { seedHub } from './seedHub.ts';

const FOLLOW_UPS = Number(process.env['BENCH_GRID_FOLLOWUPS'] ?? 100_000);
const count = (page: Page) => page.getByTestId('grid-count');

/** What a "newest first" RxDB query does on Dexie: read every follow-up from IndexedDB, then sort. */
export const descendingScanBaseline = (page: Page) =>
  page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('rxdb-dexie-') && n.endsWith('--followups'));
    const db: IDBDatabase = await new Promise((resolve) => {
      const open = indexedDB.open(names[0] ?? '');
      open.onsuccess = () => resolve(open.result);
    });
    const start = performance.now();
    const store = db.transaction('docs', 'readonly').objectStore('docs');
    const all: { followedAt: number }[] = await new Promise((resolve) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result as { followedAt: number }[]);
    });
    all.sort((a, b) => b.followedAt - a.followedAt);
    db.close();
    // An empty store would make a meaningless baseline.
    if (all.length < 1000) throw new Error(`baseline read only ${all.length} follow-ups`);
    return performance.now() - start;
  });

/** rAF-to-rAF intervals while the grid scrolls 300 frames, 96 px (3 rows) per frame. */
const scrollFrames = (page: Page) =>
  page.getByTestId('followup-grid').evaluate(
    (grid) =>
      new Promise<number[]>((resolve) => {
        const frames: number[] = [];
        let last = performance.now();
        const step = (t: number) => {
          frames.push(t - last);
          last = t;
          grid.scrollTop += 96;
          if (frames.length < 300) requestAnimationFrame(step);
          else resolve(frames.slice(1));
        };
        requestAnimationFrame(step);
      }),
  );

const startToRows = async (page: Page) => {
  const firstPaint = await time(async () => {
    await page.reload();
    await page.locator('[role=row][aria-rowindex="1"]').waitFor();
  });
  await count(page).filter({ hasText: `${FOLLOW_UPS} 行` }).waitFor({ timeout: 120_000 });
  return firstPaint;
};

const gridFigures = async (page: Page): Promise<BenchRow[]> => {
  const starts = [await startToRows(page), await startToRows(page), await startToRows(page)];
  const baseline = await descendingScanBaseline(page);
  const sorts: number[] = [];
  for (const header of ['客户', '销售阶段', '跟进时间']) {
    sorts.push(await time(async () => {
      await page.getByRole('columnheader', { name: header }).click();
      await page.getByRole('columnheader', { name: new RegExp(header) }).and(page.locator('[aria-sort=ascending]')).waitFor();
    }));
  }
  const filter = await time(async () => {
    await page.getByRole('tab', { name: '已逾期' }).click();
    await count(page).filter({ hasNotText: `${FOLLOW_UPS} 行` }).waitFor();
  });
  await page.getByRole('tab', { name: '全部' }).click();
  await count(page).filter({ hasText: `${FOLLOW_UPS} 行` }).waitFor();
  const search = page.getByLabel('搜索（客户、内容、负责人…）');
  const keystrokes: number[] = [];
  for (const text of ['微信', '上门', '邮件']) {
    const before = (await count(page).textContent()) ?? '';
    keystrokes.push(await time(async () => {
      await search.fill(text);
      await count(page).filter({ hasNotText: before }).waitFor();
    }));
  }
  await search.fill('');
  await count(page).filter({ hasText: `${FOLLOW_UPS} 行` }).waitFor();
  const frames = await scrollFrames(page);
  await page.getByTestId('followup-grid').evaluate((grid) => (grid.scrollTop = 0));
  const edits: number[] = [];
  for (const text of ['基准一', '基准二', '基准三']) {
    const target = page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(4);
    await target.click();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
    await target.filter({ hasText: text }).waitFor();
  }
  // From the grid's own User Timing entries: edit handed over → written to the local store.
  edits.push(...(await page.evaluate(() => performance.getEntriesByName('salesdesk:cells-committed').map((e) => e.duration))).slice(-3));
  const n = FOLLOW_UPS.toLocaleString('en');
  const scan = `RxDB-style newest-first read: all ${n} from IndexedDB + sort`;
  return [
    { metric: `grid: app start to first rows painted (${n} follow-ups)`, value: median(starts), unit: 'ms', target: '≤ 1.5 s', baseline: scan, baseValue: baseline },
    { metric: 'grid: sort by a column (customer, stage, time; median)', value: median(sorts), unit: 'ms', target: '≤ 300 ms', baseline: scan, baseValue: baseline },
    { metric: 'grid: apply a filter (view 已逾期)', value: filter, unit: 'ms', target: '≤ 300 ms', baseline: scan, baseValue: baseline },
    { metric: 'grid: quick-search keystroke to rows (median of 3)', value: median(keystrokes), unit: 'ms', target: '≤ 100 ms', baseline: scan, baseValue: baseline },
    { metric: 'grid: scrolling, p95 frame interval (300 frames at 60 Hz, 3 rows/frame)', value: percentile(frames, 95), unit: 'ms', target: '≤ 16.7 ms', baseline: 'median frame interval, same scroll', baseValue: median(frames) },
    { metric: 'grid: scrolling, frames over 25 ms (dropped)', value: frames.filter((f) => f > 25).length, unit: 'frames', target: '0', baseline: 'frames measured', baseValue: frames.length },
    { metric: 'grid: cell edit → committed to the local store (median of 3)', value: median(edits), unit: 'ms', target: '≤ 50 ms', baseline: scan, baseValue: baseline },
  ];
};

/** The follow-up grid with a full replica of 100,000 follow-ups in Chromium. */
export const gridBench = async (root: string): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-bench-grid-'));
  const hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir: join(root, 'out', 'renderer'), handlers: createWebApiHandlers({ version: 'bench', platform: process.platform }) });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    seedHub(hub.store, FOLLOW_UPS, Date.now());
    const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(hub.url);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
    await page.getByLabel('你的姓名').fill('基准测试');
    await page.getByRole('button', { name: '加入' }).click();
    await page.getByTestId('sync-state').filter({ hasText: '已同步' }).waitFor({ timeout: 600_000 });
    return await gridFigures(page);
  } finally {
    await browser.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

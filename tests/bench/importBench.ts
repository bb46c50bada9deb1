import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startHubServer } from '../../electron/hub/hubServer.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { chromiumLaunch } from '../../playwright.config.ts';
import { median, type BenchRow } from './benchRow.ts';
import { importBenchSheet } from './importSheet.ts';

const ROWS = Number(process.env['BENCH_IMPORT_ROWS'] ?? 100_000);
const E2E_ROWS = Number(process.env['BENCH_IMPORT_E2E_ROWS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_IMPORT_RUNS'] ?? 3);
/** Rows per IndexedDB transaction in the raw-put baseline: the app's commit chunk, since one huge transaction stalls. */
const PUT_CHUNK = 2000;
const STEP_TIMEOUT = 300_000;
const run = promisify(execFile);

type ParseRun = { ms: number; peakRssMb: number; rows: number; stages?: Record<string, number> };

/** One read in a child process of its own (importParseChild.ts), so each figure's peak memory is its own. */
const parseOnce = async (mode: 'engine' | 'exceljs', file: string): Promise<ParseRun> => {
  const { stdout } = await run(process.execPath, [join(import.meta.dirname, 'importParseChild.ts'), mode, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as ParseRun;
};

/** Metric A: the engine to the preview vs exceljs's streaming read of the same file, alternated so both see the same machine. */
const parseFigures = async (file: string): Promise<BenchRow[]> => {
  const engine: ParseRun[] = [];
  const stream: ParseRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    engine.push(await parseOnce('engine', file));
    stream.push(await parseOnce('exceljs', file));
  }
  const stage = (name: string) => median(engine.map((r) => r.stages?.[name] ?? Number.NaN));
  console.log(`import parse stages (median ms): read ${stage('read').toFixed(0)}, header+mapping ${stage('header').toFixed(0)}, normalize ${stage('normalize').toFixed(0)}, plan ${stage('plan').toFixed(0)}; peak RSS per run (MB): ${engine.map((r) => r.peakRssMb.toFixed(0)).join(', ')}`);
  const n = ROWS.toLocaleString('en');
  const baseline = `exceljs streaming read (WorkbookReader), same file`;
  return [
    { metric: `import: parse + normalize + validate to the preview, ${n} rows × 12 columns (Node)`, value: median(engine.map((r) => r.ms)), unit: 'ms', target: '≤ 1.5× baseline', baseline, baseValue: median(stream.map((r) => r.ms)) },
    { metric: 'import: of which readWorkbook (our streaming reader → cells)', value: stage('read'), unit: 'ms', baseline, baseValue: median(stream.map((r) => r.ms)) },
    { metric: 'import: peak RSS of that parse (highest of the runs)', value: Math.max(...engine.map((r) => r.peakRssMb)), unit: 'MB', target: '≤ 1 GB', baseline: 'peak RSS of the streaming read', baseValue: Math.max(...stream.map((r) => r.peakRssMb)) },
  ];
};

/** A fresh browser context with a new, empty team (no sample data), on the 导入导出 page. */
const emptyTeam = async (browser: Browser, url: string): Promise<Page> => {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } })).newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.goto(url);
  await page.getByRole('button', { name: /创建团队/ }).click();
  await page.getByLabel('团队名称').fill('导入基准团队');
  await page.getByLabel('你的姓名').fill('张伟');
  await page.getByRole('button', { name: '开始使用' }).click();
  await page.getByRole('navigation').getByRole('button', { name: '导入导出' }).click();
  return page;
};

type WizardTimes = { open: number; analyze: number; plan: number; commit: number };

/** The real wizard, step by step: file → 用这个工作表 → 预览导入结果 → 确认导入 N 条 → 导入完成. */
const runWizard = async (page: Page, file: string, rows: number): Promise<WizardTimes> => {
  const marks = [performance.now()];
  await page.getByLabel('选择要导入的文件').setInputFiles(file);
  await page.getByRole('button', { name: '用这个工作表' }).click();
  marks.push(performance.now());
  await page.getByRole('button', { name: '预览导入结果' }).click();
  marks.push(performance.now());
  await page.getByTestId('count-new').filter({ hasText: `新增 ${rows}` }).waitFor();
  await page.getByRole('button', { name: /^确认导入/ }).click();
  marks.push(performance.now());
  await page.getByRole('status').filter({ hasText: `导入完成：新增 ${rows} 条` }).waitFor();
  marks.push(performance.now());
  const [t0 = 0, opened = 0, analyzed = 0, planned = 0, committed = 0] = marks;
  return { open: opened - t0, analyze: analyzed - opened, plan: planned - analyzed, commit: committed - planned };
};

/** Baseline for the commit: the follow-ups just written, read back from RxDB's store and put raw into a fresh IndexedDB. */
const rawPutBaseline = (page: Page, chunk: number) =>
  page.evaluate(async (size) => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const name = (await indexedDB.databases()).map((d) => d.name ?? '').find((n) => n.startsWith('rxdb-dexie-') && n.endsWith('--followups')) ?? '';
    const source = await request(indexedDB.open(name));
    const docs = await request(source.transaction('docs', 'readonly').objectStore('docs').getAll());
    source.close();
    const open = indexedDB.open(`import-baseline-${Date.now()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('docs', { keyPath: 'id' });
    const target = await request(open);
    const start = performance.now();
    for (let i = 0; i < docs.length; i += size) {
      const tx = target.transaction('docs', 'readwrite');
      for (const doc of docs.slice(i, i + size)) tx.objectStore('docs').put(doc);
      await new Promise((resolve) => (tx.oncomplete = resolve));
    }
    target.close();
    return { ms: performance.now() - start, docs: docs.length };
  }, chunk);

type ExcelInPage = { Workbook: new () => { xlsx: { load: (data: ArrayBuffer) => Promise<unknown> } } };

/** Baseline for the browser figures: exceljs's own browser build loading the same file, in a blank page of the same Chromium. */
const exceljsInPage = async (browser: Browser, root: string, file: string): Promise<number> => {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ path: join(root, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js') });
    return await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const excel = (window as unknown as { ExcelJS: ExcelInPage }).ExcelJS;
      const start = performance.now();
      await new excel.Workbook().xlsx.load(bytes.buffer);
      return performance.now() - start;
    }, readFileSync(file).toString('base64'));
  } finally {
    await page.close();
  }
};

/** Metric C: a file chosen in the wizard until the grid counts its rows. */
const endToEnd = async (browser: Browser, url: string, file: string, rows: number): Promise<number> => {
  const page = await emptyTeam(browser, url);
  const start = performance.now();
  await runWizard(page, file, rows);
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await page.getByTestId('grid-count').filter({ hasText: `${rows} 行` }).waitFor();
  const ms = performance.now() - start;
  await page.context().close();
  return ms;
};

/** Metric B (and the wizard's read in Chromium): the large file through the real wizard, then the raw-put baseline. */
const largeImport = async (browser: Browser, url: string) => {
  const page = await emptyTeam(browser, url);
  const times = await runWizard(page, await importBenchSheet(ROWS), ROWS);
  const raw = await rawPutBaseline(page, PUT_CHUNK);
  if (raw.docs !== ROWS) throw new Error(`the local store holds ${raw.docs} follow-ups, not ${ROWS}`);
  // All of them reach the grid (not timed: the grid's own start is measured by gridBench).
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await page.getByTestId('grid-count').filter({ hasText: `${ROWS} 行` }).waitFor();
  await page.context().close();
  return { times, raw: raw.ms };
};

const browserFigures = async (root: string): Promise<BenchRow[]> => {
  const small = await importBenchSheet(E2E_ROWS);
  const big = await importBenchSheet(ROWS);
  const hub = await startHubServer({ host: '127.0.0.1', port: 0, rendererDir: join(root, 'out', 'renderer'), handlers: createWebApiHandlers({ version: 'bench', platform: process.platform }) });
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const e2e = await endToEnd(browser, hub.url, small, E2E_ROWS);
    const smallLoad = await exceljsInPage(browser, root, small);
    const { times, raw } = await largeImport(browser, hub.url);
    const bigLoad = await exceljsInPage(browser, root, big);
    console.log(`import wizard in Chromium, ${ROWS} rows (ms): open ${times.open.toFixed(0)}, analyze ${times.analyze.toFixed(0)}, plan ${times.plan.toFixed(0)}, commit ${times.commit.toFixed(0)}`);
    const [n, m] = [ROWS.toLocaleString('en'), E2E_ROWS.toLocaleString('en')];
    return [
      { metric: `import in Chromium: commit ${n} planned follow-ups into the local store (RxDB + Dexie, 确认导入 → 导入完成)`, value: times.commit, unit: 'ms', target: '≤ 30 s', baseline: `raw IndexedDB put of the same ${n} docs, ${PUT_CHUNK} per transaction`, baseValue: raw },
      { metric: `import in Chromium: ${n} rows, file chosen → preview shown (wizard's worker)`, value: times.open + times.analyze + times.plan, unit: 'ms', baseline: "exceljs's browser build loading the same file", baseValue: bigLoad },
      { metric: `import end to end, ${m} rows: file chosen in the wizard → rows in the grid`, value: e2e, unit: 'ms', target: '≤ 15 s', baseline: "exceljs's browser build loading the same file", baseValue: smallLoad },
    ];
  } finally {
    await browser.close();
    await hub.close();
  }
};

/** Issue #5's import benchmark: the engine in Node (metric A), the commit (B) and an end-to-end import (C) in Chromium. */
export const importBench = async (root: string): Promise<BenchRow[]> => {
  const file = await importBenchSheet(ROWS);
  return [...(await parseFigures(file)), ...(await browserFigures(root))];
};

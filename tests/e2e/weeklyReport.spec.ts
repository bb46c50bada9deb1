import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { startOfCalendarDate } from '../../shared/domain/calendarDate.ts';
import { excel, type Worksheet } from '../../shared/exporter/excel.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Wednesday 2026-12-02, 10:30 in Shanghai: the sample team is made then, so last week (第48周) is complete and has deals won. */
const NOW = Date.UTC(2026, 11, 2, 2, 30);
const MONDAY = '2026-11-23';
/** The onboarding's sample seed (useCreateTeam's DEMO_SEED): with the clock fixed, the browser makes exactly this data. */
const DEMO_SEED = 20261123;
const KPIS = ['target', 'actual', 'completion', 'lastWeek', 'wow', 'newCustomers', 'followUps', 'quotes', 'won', 'amount'] as const;

test.use({ viewport: { width: 1366, height: 1000 } });

const openWeek = (page: Page, monday: string) => page.evaluate((hash) => (window.location.hash = hash), `#/dashboard/weekly/${monday}`);
const openSettings = (page: Page) => page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
const cell = (row: Locator, kpi: string) => row.locator(`td[data-kpi="${kpi}"]`);

/** A number as the page shows it (¥120,000.00, 45.0%, 12, —) as the workbook stores it: 120000, 0.45, 12, '—'. */
const pageValue = (text: string): number | string => {
  const t = text.trim();
  if (t === '—') return t;
  if (t.endsWith('%')) return Number(t.slice(0, -1)) / 100;
  return Number(t.replace(/[¥,]/g, ''));
};

const sheetRow = (sheet: Worksheet, name: string): unknown[] => {
  let values: unknown[] = [];
  sheet.eachRow((row) => {
    if (values.length === 0 && row.getCell(1).value === name) values = (row.values as unknown[]).slice(1);
  });
  return values;
};

/** The week's follow-ups of the same sample data, counted here straight from the rows (not through the 周报 builder). */
const followUpsInWeek = () => {
  const demo = generateDemoData({ seed: DEMO_SEED, now: NOW, adminId: 'any' });
  const start = startOfCalendarDate(MONDAY, 480);
  const rows = demo.followUps.filter((f) => !f.trashed && f.followedAt >= start && f.followedAt < start + 7 * 86_400_000);
  const byOwner = new Map<string, number>();
  for (const f of rows) byOwner.set(f.ownerId, (byOwner.get(f.ownerId) ?? 0) + 1);
  const [busiest = '', count = 0] = [...byOwner].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { total: rows.length, busiest, busiestName: demo.members.find((m) => m.id === busiest)?.name ?? '', count };
};

/** LibreOffice (when installed) prints the workbook to PDF, and its first page becomes a PNG to look at. */
const printWithLibreOffice = (xlsx: string, dir: string): number => {
  const profile = join(dir, 'lo-profile');
  execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { timeout: 120_000, stdio: 'ignore' });
  const pdf = readdirSync(dir).find((f) => f.endsWith('.pdf')) ?? '';
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, pdf)]).toString())?.[1]);
  execFileSync('pdftoppm', ['-png', '-r', '70', join(dir, pdf), join(dir, 'page')]);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(dir, pdf), join(shots, '82-weekly-xlsx-page1')]);
  return pages;
};

test('周报: the sample team’s week 48 — numbers that open their rows, 导出 Excel checked with exceljs and printed by LibreOffice, then a target set in 周报模板 gives 完成率', async ({ page }) => {
  test.setTimeout(240_000);
  const expected = followUpsInWeek();
  // The week had work in it: the test would pass vacuously on an empty week.
  expect(expected.total).toBeGreaterThan(100);
  await page.clock.setFixedTime(NOW);
  await createSampleTeam(page);
  await openWeek(page, MONDAY);

  // The title block and one line per rep (the 8 sample reps) plus 合计, in the template's columns.
  await expect(page.getByRole('heading', { name: '销售周报', level: 1 })).toBeVisible();
  await expect(page.getByTestId('weekly-week')).toHaveText('第48周（2026年11月23日—29日）');
  const rows = page.getByTestId('weekly-row');
  await expect(rows).toHaveCount(9);
  await expect(page.getByTestId('weekly-table').locator('thead th')).toHaveText(['姓名', '目标', '实际', '完成率', '上周', '环比', '新增客户', '跟进次数', '报价数', '签约数', '金额']);
  const totals = page.locator('[data-testid="weekly-row"][data-member="totals"]');
  await expect(cell(totals, 'followUps')).toHaveText(String(expected.total));
  const rep = page.locator(`[data-testid="weekly-row"][data-member="${expected.busiest}"]`);
  await expect(rep.locator('th')).toHaveText(expected.busiestName);
  await expect(cell(rep, 'followUps')).toHaveText(String(expected.count));
  // No target is set yet: 目标 and 完成率 read "—".
  await expect(cell(rep, 'target')).toHaveText('—');
  await expect(cell(rep, 'completion')).toHaveText('—');
  await expect(page.getByTestId('weekly-chart-actual').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('weekly-chart-methods').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('weekly-sections').locator(`tr[data-member="${expected.busiest}"] td[data-section="nextWeek"] li`).first()).toBeVisible();
  // The page scrolls inside the app frame: a tall window shows all of it at once.
  await page.setViewportSize({ width: 1366, height: 2300 });
  await page.screenshot({ path: `${shots}/80-weekly-report.png` });
  await page.setViewportSize({ width: 1366, height: 1000 });

  // A number opens exactly its rows in the grid, under a chip naming them.
  await cell(rep, 'followUps').getByRole('link').click();
  await expect(page.getByTestId('grid-count')).toHaveText(`${expected.count} 行`);
  await expect(page.getByTestId('linked-rows')).toContainText(`${expected.busiestName} · 第48周 · 跟进次数`);

  // 导出 Excel: the workbook the page builds, read back here with exceljs.
  await openWeek(page, MONDAY);
  await expect(cell(rep, 'followUps')).toHaveText(String(expected.count));
  const shown = Object.fromEntries(await Promise.all(KPIS.map(async (k) => [k, pageValue((await cell(rep, k).textContent()) ?? '')] as const)));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('销售周报_第48周_2026-11-23.xlsx');
  await expect(page.getByTestId('weekly-page').getByRole('status')).toHaveText('已生成 销售周报_第48周_2026-11-23.xlsx');
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-weekly-'));
  const file = join(dir, 'weekly.xlsx');
  await download.saveAs(file);
  const book = await excel.readXlsx(readFileSync(file));
  expect(book.worksheets.map((s) => s.name)).toEqual(['周报', '跟进明细']);
  const sheet = book.getWorksheet('周报')!;
  // The onboarding form asks for no company name, so the title is the report's name alone.
  expect(sheet.getCell('A1').value).toBe('销售周报');
  expect(sheet.getCell('A2').value).toBe('第48周（2026年11月23日—29日）');
  for (const s of book.worksheets) {
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(s.headerFooter.oddFooter).toBe('&L制表人：张伟&C第 &P 页 共 &N 页&R打印日期：&D');
  }
  expect(sheet.getImages()).toHaveLength(2);
  // The rep's line in the workbook agrees with the page, column by column (rates to the shown 0.1%).
  const written = sheetRow(sheet, expected.busiestName);
  KPIS.forEach((k, i) => {
    const onPage = shown[k];
    if (typeof onPage === 'number' && (k === 'completion' || k === 'wow')) expect(written[i + 1], k).toBeCloseTo(onPage, 3);
    else expect(written[i + 1], k).toEqual(onPage);
  });
  const details = book.getWorksheet('跟进明细')!;
  expect(sheetRow(details, `${expected.busiestName}\u3000共 ${expected.count} 条跟进`)).not.toEqual([]);

  // LibreOffice prints it: the 周报 pages, then a page per rep of 跟进明细.
  if (existsSync('/usr/bin/libreoffice') && existsSync('/usr/bin/pdftoppm')) {
    expect(printWithLibreOffice(file, dir)).toBeGreaterThanOrEqual(2 + 8);
  }

  // An admin sets a weekly target for the rep who signed the most; the week's 完成率 follows.
  await openWeek(page, MONDAY);
  const actuals = await page.locator('[data-testid="weekly-row"]:not([data-member="totals"])').evaluateAll((trs) =>
    trs.map((tr) => ({ id: tr.getAttribute('data-member') ?? '', name: tr.querySelector('th')?.textContent ?? '', actual: Number((tr.querySelector('td[data-kpi="actual"]')?.textContent ?? '').replace(/[¥,]/g, '')) })),
  );
  const top = [...actuals].sort((a, b) => b.actual - a.actual)[0]!;
  expect(top.actual).toBeGreaterThan(0);
  await openSettings(page);
  const panel = page.getByTestId('weekly-template-panel');
  const target = panel.getByLabel(`${top.name} 的周目标`);
  await target.fill('十万');
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('alert')).toHaveText(`${top.name} 的目标「十万」不是数字，请写成 15万 或 150000 这样的数。`);
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await target.fill('50万');
  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status')).toHaveText('周报模板已保存，周报页面和导出的 Excel 会按新的设置显示。');
  await expect(target).toHaveValue('500000');
  await panel.screenshot({ path: `${shots}/81-weekly-template.png` });
  await openWeek(page, MONDAY);
  const topRow = page.locator(`[data-testid="weekly-row"][data-member="${top.id}"]`);
  await expect(cell(topRow, 'target')).toHaveText('¥500,000.00');
  await expect(cell(topRow, 'completion')).toHaveText(`${((top.actual / 500_000) * 100).toFixed(1)}%`);
  await expect(cell(totals, 'target')).toHaveText('¥500,000.00');
  // KEEP_WEEKLY=1 keeps the workbook, the PDF and every printed page (page-NN.png) to look at.
  if (!process.env['KEEP_WEEKLY']) rmSync(dir, { recursive: true, force: true });
});

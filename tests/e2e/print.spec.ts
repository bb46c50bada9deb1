import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { startOfCalendarDate } from '../../shared/domain/calendarDate.ts';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { buildWeeklyReport } from '../../shared/weekly/buildWeeklyReport.ts';
import { normalizeWeeklyTemplate } from '../../shared/weekly/normalizeWeeklyTemplate.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Tuesday 2026-12-01, 10:30 in Shanghai: the sample team is made then; Monday 30 November is a full report day. */
const SAMPLE_NOW = Date.UTC(2026, 11, 1, 2, 30);
const DAY = '2026-11-30';

/**
 * The titles window.print was called under. The browser's own window.print is replaced by a recorder:
 * headless Chromium has no dialog to close, and a print it started would block page.pdf below.
 */
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);

test('团队日报 prints: 打印 and 导出 PDF open the browser’s print dialog; on paper no navigation or buttons, A4 landscape pages', async ({ page }) => {
  await page.addInitScript(() => {
    const printed: string[] = [];
    window.print = () => void printed.push(document.title);
    Object.assign(window, { __printed: printed });
  });
  await page.clock.setFixedTime(SAMPLE_NOW);
  await createSampleTeam(page);
  await page.evaluate((hash) => (window.location.hash = hash), `#/reports/team/${DAY}`);
  await expect(page.getByTestId('rep-report')).toHaveCount(8);
  const appTitle = await page.title();

  // 打印: the browser's print dialog under the page's title, which is given back afterwards.
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect.poll(() => printCalls(page)).toEqual([`团队日报 ${DAY}`]);
  expect(await page.title()).toBe(appTitle);
  await expect(page.getByTestId('print-status')).toHaveCount(0);

  // 导出 PDF: a browser cannot save a file, so the same dialog opens, named for the PDF, and the page says to pick 另存为 PDF.
  await page.getByRole('button', { name: '导出 PDF' }).click();
  await expect.poll(() => printCalls(page)).toEqual([`团队日报 ${DAY}`, `团队日报-${DAY}`]);
  await expect(page.getByTestId('print-status')).toHaveText('浏览器不能直接保存文件：请在打印对话框的“目标打印机”中选择“另存为 PDF”，再点“保存”。');

  await page.screenshot({ path: `${shots}/81-team-reports-print-buttons.png` });

  // As printed: the navigation, status bar, buttons and the day picker are gone; the cards and 提交率 remain.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByTestId('sync-state')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeHidden();
  await expect(page.getByRole('group', { name: '选择日期' })).toBeHidden();
  await expect(page.getByRole('button', { name: /一键催交/ })).toBeHidden();
  await expect(page.getByRole('heading', { name: '团队日报', level: 1 })).toBeVisible();
  await expect(page.getByTestId('rep-report').first()).toBeVisible();
  await expect(page.getByTestId('submission-rates')).toBeVisible();
  // Black on white.
  expect(await page.getByTestId('rep-report').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual(['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  await page.screenshot({ path: `${shots}/82-print-media-team-reports.png`, fullPage: true });

  // The PDF Chromium prints: A4 landscape pages (842 × 595 pt), the first converted to an image to look at.
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-print-'));
  const pdf = join(dir, 'team.pdf');
  await page.pdf({ path: pdf, format: 'A4', landscape: true });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  // A4 is 841.89 × 595.28 pt; Chromium rounds to whole CSS pixels.
  const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info) ?? []).slice(1).map(Number);
  expect(width).toBeCloseTo(842, -1);
  expect(height).toBeCloseTo(595.5, 0);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  // Every page carries the footer: 制表人, 第 N 页 共 M 页, the print date.
  // pdftotext drops the spaces between Chinese characters: compare without any.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
  expect(text).toContain('制表人：张伟');
  expect(text).toContain(`第1页共${pages}页`);
  expect(text).toContain(`第${pages}页共${pages}页`);
  expect(text).toContain('打印日期：2026-12-01');
  expect(text).not.toContain('导出PDF');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(shots, '83-print-team-reports')]);
  expect(readFileSync(join(shots, '83-print-team-reports.png')).subarray(1, 4).toString()).toBe('PNG');
});

/** Monday 2026-11-30, 08:35 in Shanghai: five minutes after the team's 周报 time (Monday 08:30, the default). */
const MONDAY_0835 = startOfCalendarDate('2026-11-30', 480) + (8 * 60 + 35) * 60_000;
const LAST_MONDAY = '2026-11-23';
/** The sample team's seed (useCreateTeam's DEMO_SEED): with the clock fixed, the browser makes exactly this data. */
const DEMO_SEED = 20261123;

/** Last week's 周报 of the same sample team, built here with the 周报 builder: what the summary must say. */
const expectedSummary = () => {
  const demo = generateDemoData({ seed: DEMO_SEED, now: MONDAY_0835, adminId: 'any' });
  const settings = defaultTeamSettings('华东销售团队', '');
  const report = buildWeeklyReport({
    weekStart: LAST_MONDAY, utcOffsetMinutes: 480, members: demo.members, followUps: demo.followUps, customers: demo.customers, reports: [],
    template: normalizeWeeklyTemplate(settings.weeklyTemplate), reportTemplate: settings.reportTemplate,
    wonStageIds: settings.options.stages.filter((st) => st.kind === 'won').map((st) => st.id),
  });
  const { won, amount, followUps } = report.totals;
  return {
    title: `上周周报已生成：第${report.isoWeek.week}周`,
    body: `11月23日—11月29日：签约 ${won.value} 单，¥${amount.value.toLocaleString('en-US', { maximumFractionDigits: 2 })}；跟进 ${followUps.value} 次。点击查看周报。`,
    numbers: { followUps: followUps.value },
  };
};

type Shown = { title: string; body: string; n: Notification };
/** Browser notifications the page created, captured around the real Notifications API (never replacing it), as today.spec.ts does. */
const shown = (page: Page) => page.evaluate(() => (window as unknown as { __shown: Shown[] }).__shown.map(({ title, body }) => ({ title, body })));

test('Monday 08:35: the admin’s desktop prepares last week’s 周报 once, notifies, the bell lists it, a click opens the week', async ({ page, context, baseURL }) => {
  const expected = expectedSummary();
  // The week had work to sum up: the test would pass vacuously on an empty week.
  expect(expected.numbers.followUps).toBeGreaterThan(50);
  await context.grantPermissions(['notifications'], { origin: baseURL });
  await context.addInitScript(() => {
    const Real = window.Notification;
    const list: { title: string; body: string; n: Notification }[] = [];
    class Captured extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        list.push({ title, body: options?.body ?? '', n: this });
      }
    }
    Object.defineProperty(Captured, 'permission', { get: () => Real.permission });
    Object.defineProperty(Captured, 'requestPermission', { value: (...args: Parameters<typeof Real.requestPermission>) => Real.requestPermission(...args) });
    Object.assign(window, { Notification: Captured, __shown: list });
  });
  await page.clock.setFixedTime(MONDAY_0835);
  await createSampleTeam(page);

  // The summary arrives as a desktop notification, with the numbers of last week's 周报, once.
  await expect.poll(() => shown(page), { timeout: 30_000 }).toContainEqual({ title: expected.title, body: expected.body });
  await page.waitForTimeout(2500);
  expect((await shown(page)).filter((n) => n.title === expected.title)).toHaveLength(1);
  await expect(page.getByTestId('notification-unread')).toHaveText('1');

  // The app opened again (a second window, same desktop) while it is still unread: the shown-log holds it back.
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByTestId('status-counts')).toContainText('5000');
  await again.waitForTimeout(5000);
  expect(await shown(again)).toEqual([]);
  await expect(again.getByTestId('notification-unread')).toHaveText('1');
  await again.close();

  // A click on the notification opens that week's 周报.
  await page.evaluate((title) => (window as unknown as { __shown: Shown[] }).__shown.find((n) => n.title === title)?.n.dispatchEvent(new Event('click')), expected.title);
  await expect(page).toHaveURL(new RegExp(`#/dashboard/weekly/${LAST_MONDAY}$`));

  // The bell lists it (周报), and its click opens the week too.
  await page.evaluate(() => (window.location.hash = '#/today'));
  await page.getByTestId('notification-bell').click();
  const item = page.getByTestId('notification-list').locator('li', { hasText: expected.title });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('周报');
  await expect(item).toContainText(expected.body);
  await page.screenshot({ path: `${shots}/84-weekly-summary-bell.png` });
  await item.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`#/dashboard/weekly/${LAST_MONDAY}$`));

  // A reload prepares nothing again: still one summary in the bell, no notification.
  await page.reload();
  await expect(page.getByTestId('status-counts')).toContainText('5000');
  await page.waitForTimeout(5000);
  expect(await shown(page)).toEqual([]);
  await page.getByTestId('notification-bell').click();
  await expect(page.getByTestId('notification-list').locator('li', { hasText: '周报已生成' })).toHaveCount(1);
  await page.getByTestId('notification-bell').click();

  // 团队设置 → 提醒 says when it comes, and the admin may change it.
  await page.evaluate(() => (window.location.hash = '#/settings'));
  const settings = page.getByTestId('weekly-summary-settings');
  await expect(settings.getByTestId('weekly-summary-current')).toHaveText('每周一 08:30 生成上周周报');
  await settings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/85-weekly-summary-settings.png` });
});

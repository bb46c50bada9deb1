import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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

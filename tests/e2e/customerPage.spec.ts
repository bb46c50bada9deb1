import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { excel } from '../../shared/exporter/excel.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Tuesday 2026-12-01, 10:30 in Shanghai: the sample team is made then. */
const SAMPLE_NOW = Date.UTC(2026, 11, 1, 2, 30);
const TODAY = '2026-12-01';
/** The sample team's seed (useCreateTeam's DEMO_SEED): with the clock fixed, the browser makes exactly this data. */
const DEMO_SEED = 20261123;

/** A deal in 方案报价 with an expected amount, contacts, follow-ups and only the first evidence node: the customer the spec works on. */
const pickCustomer = () => {
  const demo = generateDemoData({ seed: DEMO_SEED, now: SAMPLE_NOW, adminId: 'any' });
  const counts = new Map<string, number>();
  for (const f of demo.followUps) counts.set(f.customerId, (counts.get(f.customerId) ?? 0) + 1);
  const c = demo.customers.find((x) => x.stage === 'quote' && x.expectedAmount && x.contacts.length >= 2 && (counts.get(x.id) ?? 0) >= 4 && x.evidence.length === 1 && x.evidence[0]?.node === 'needsConfirmed');
  if (!c) throw new Error('no suitable sample customer');
  return { customer: c, followUps: counts.get(c.id) ?? 0 };
};

/** LibreOffice prints a workbook to PDF (its own profile folder, so parallel runs do not share one), then page 1 as a PNG. */
const printWithLibreOffice = (xlsx: string, dir: string, png: string): string => {
  const profile = mkdtempSync(join(tmpdir(), 'salesdesk-lo-'));
  execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { timeout: 120_000, stdio: 'ignore' });
  const pdf = xlsx.replace(/\.xlsx$/, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  return pdf;
};

/** A PDF's page size as pdfinfo reads it: A4 (595 × 842 pt, to Chromium's whole pixels), and which way up. */
const a4Size = (pdf: string): string => {
  const [w = 0, h = 0] = (/Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(execFileSync('pdfinfo', [pdf]).toString()) ?? []).slice(1).map(Number);
  if (Math.abs(Math.min(w, h) - 595.3) > 1 || Math.abs(Math.max(w, h) - 841.9) > 1) return `not A4: ${w} × ${h}`;
  return w < h ? 'portrait' : 'landscape';
};

const timeline = (page: Page) => page.getByTestId('customer-timeline');

test('a customer’s page: contacts, a follow-up, evidence with a file, the grade; the 客户跟进报告 printed and exported; the forecast shows the deal', async ({ page }) => {
  const { customer, followUps } = pickCustomer();
  await page.clock.setFixedTime(SAMPLE_NOW);
  await createSampleTeam(page);
  await page.setViewportSize({ width: 1366, height: 1500 });
  await page.evaluate((hash) => (window.location.hash = hash), `#/customers/${customer.id}`);
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  await expect(timeline(page).getByTestId('timeline-followup')).toHaveCount(followUps);
  await expect(page.getByTestId('customer-maturity')).toHaveText('0.3');
  await expect(page.getByTestId('health-score')).toHaveText(/^健康分 \d+$/);
  await expect(page.getByTestId('health-breakdown').getByRole('listitem')).toHaveCount(4);

  // A contact with two roles.
  const contacts = page.getByTestId('customer-contacts');
  await contacts.getByRole('button', { name: '+ 添加联系人' }).click();
  const contactForm = contacts.getByRole('form', { name: '添加联系人' });
  await contactForm.getByLabel('姓名').fill('周工');
  await contactForm.getByLabel('职位').fill('设备部经理');
  await contactForm.getByLabel('电话').fill('139 1234 5678');
  await contactForm.getByLabel('技术').check();
  await contactForm.getByLabel('采购').check();
  await contactForm.getByRole('button', { name: '保存联系人' }).click();
  const zhou = contacts.getByTestId('contact').filter({ hasText: '周工' });
  await expect(zhou).toContainText('技术');
  await expect(zhou).toContainText('采购');
  await expect(zhou).toContainText('电话 139 1234 5678');

  // The expected close this month and an amount in 万: the forecast will place the deal in December.
  await page.getByRole('button', { name: '编辑商机信息' }).click();
  const deal = page.getByRole('form', { name: '编辑商机信息' });
  await deal.getByLabel('预计金额').fill('88万');
  await deal.getByLabel('预计成交日期').fill('2026-12-20');
  await deal.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('customer-amount')).toContainText('¥880,000');
  await expect(page.getByTestId('customer-close-date')).toContainText('2026-12-20');

  // A follow-up from here, with 周工: first in the timeline.
  await timeline(page).getByRole('button', { name: '新增跟进' }).click();
  const form = timeline(page).getByRole('form', { name: '新增跟进' });
  await form.getByLabel('跟进方式').selectOption({ label: '面访' });
  await form.getByLabel('联系人').selectOption({ label: '周工' });
  await form.getByLabel('跟进内容').fill('与周工现场确认技术参数，对方同意签技术协议');
  await form.getByLabel('下一步日期').fill('2026-12-04');
  await form.getByLabel('下一步计划').fill('寄送技术协议盖章版');
  await form.getByRole('button', { name: '保存跟进' }).click();
  await expect(timeline(page).getByTestId('timeline-followup')).toHaveCount(followUps + 1);
  const first = timeline(page).getByTestId('timeline-followup').first();
  await expect(first).toContainText('与周工现场确认技术参数');
  await expect(first).toContainText('联系人 周工');
  await expect(page.getByTestId('customer-next-plan')).toContainText('寄送技术协议盖章版');

  // Evidence: the technical agreement with a note and the signed PDF; the maturity rises to 0.5.
  const evidence = page.getByTestId('customer-evidence');
  await evidence.getByRole('button', { name: '记录技术协议签署' }).click();
  const evidenceForm = evidence.getByRole('form', { name: '记录证据：技术协议签署' });
  await evidenceForm.getByLabel('说明').fill('技术协议双方盖章，编号 JS-2026-031');
  await evidenceForm.getByLabel('附件（合同、截图）').setInputFiles({ name: '技术协议（盖章版）.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n技术协议\n') });
  await evidenceForm.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('customer-maturity')).toHaveText('0.5');
  const node = page.getByTestId('evidence-techAgreement');
  await expect(node).toContainText(`${TODAY} 取得`);
  await expect(node).toContainText('技术协议双方盖章');
  // No team hub on this browser: the file stays here, and opening it hands it to the browser's downloads.
  await expect(node.getByTestId('attachment')).toContainText('仅在本机');
  const [opened] = await Promise.all([page.waitForEvent('download'), node.getByRole('button', { name: /技术协议（盖章版）\.pdf/ }).click()]);
  expect(opened.suggestedFilename()).toBe('技术协议（盖章版）.pdf');
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/93-customer-page.png`, fullPage: true });

  // 导出 Excel: A4 portrait, one page wide, the title rows repeated, the footer; the new contact, evidence and follow-up are in it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`客户跟进报告_${customer.name}_${TODAY}.xlsx`);
  await expect(page.getByTestId('customer-export-note')).toHaveText(`已导出 客户跟进报告_${customer.name}_${TODAY}.xlsx（1 个客户）。`);
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-customer-'));
  const file = join(dir, 'customer.xlsx');
  await download.saveAs(file);
  const book = await excel.readXlsx(readFileSync(file));
  expect(book.worksheets).toHaveLength(1);
  const sheet = book.worksheets[0]!;
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
  expect(sheet.headerFooter.oddFooter).toBe('&L制表人：张伟&C第 &P 页 共 &N 页&R打印日期：&D');
  const values = (col: number) => Array.from({ length: sheet.rowCount }, (_, i) => sheet.getCell(i + 1, col).value);
  expect(sheet.getCell('A2').value).toContain(customer.name);
  const amountRow = values(1).indexOf('成交概率') + 1;
  expect([sheet.getCell(amountRow, 6).value, sheet.getCell(amountRow, 6).numFmt]).toEqual([880_000, '¥#,##0.00']);
  expect(values(1)).toContain('周工');
  const techRow = values(1).indexOf('技术协议签署') + 1;
  expect([sheet.getCell(techRow, 3).value, sheet.getCell(techRow, 7).value]).toEqual([new Date(Date.UTC(2026, 11, 1)), '技术协议（盖章版）.pdf']);
  expect(values(5)).toContain('与周工现场确认技术参数，对方同意签技术协议');
  printWithLibreOffice(file, dir, join(shots, '96-customer-report-xlsx'));
  expect(a4Size(join(dir, 'customer.pdf'))).toEqual('portrait');

  // The print view: on paper only the report, A4 portrait, no navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: '新增跟进' })).toBeHidden();
  const paper = page.getByTestId('customer-report-print');
  await expect(paper).toBeVisible();
  await expect(paper).toContainText('客户跟进报告');
  await expect(paper).toContainText('周工');
  await expect(paper).toContainText('关键证据（成熟度 0.5）');
  await expect(paper).toContainText('寄送技术协议盖章版');
  await page.screenshot({ path: `${shots}/94-customer-report-print.png`, fullPage: true });
  const pdf = join(dir, 'print.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  expect(a4Size(pdf)).toEqual('portrait');
  if (process.env['H9_LOOK']) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, '/tmp/h9/paper']);
  await page.emulateMedia({ media: 'screen' });

  // 销售预测: the deal sits in December at maturity 0.5, its forecast 880,000 × 0.5.
  await page.getByRole('button', { name: '销售预测' }).click();
  const forecast = page.getByTestId('forecast-panel');
  await expect(forecast.getByTestId('forecast-by-month')).toContainText('2026-12');
  await forecast.getByTestId('forecast-by-month').getByRole('button', { name: '2026-12' }).click();
  const row = forecast.getByTestId('forecast-deals').getByRole('row').filter({ hasText: customer.name });
  await expect(row).toContainText('¥880,000');
  await expect(row).toContainText('0.5');
  await expect(row).toContainText('¥440,000');
  await expect(forecast.getByTestId('forecast-deviation').getByRole('row')).toHaveCount(7);
  await expect(forecast.getByTestId('forecast-chart').locator('canvas')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/95-forecast.png`, fullPage: true });

  // The follow-up added on the page is in the grid too.
  await forecast.getByRole('link', { name: customer.name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  await timeline(page).getByTestId('timeline-followup').first().getByRole('link', { name: '在跟进表中查看' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5001 行');
  await expect(page.getByText('与周工现场确认技术参数，对方同意签技术协议').first()).toBeVisible();
});

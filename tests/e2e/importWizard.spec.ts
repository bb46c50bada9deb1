import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { messyFollowUpWorkbook } from '../../shared/importer/messyFollowUpSheet.fixture.ts';
import { importBenchSheet } from '../bench/importSheet.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });
const corpus = '../shared/fixtures/xlsx-corpus';

const openImport = (page: Page) => page.getByRole('navigation').getByRole('button', { name: '导入导出' }).click();

test('import a messy 跟进表: sheet, header and columns found, verdicts previewed, committed, then undone in one step', async ({ page }) => {
  await createSampleTeam(page);
  await openImport(page);
  await page.screenshot({ path: `${shots}/60-import-start.png` });
  await page.getByLabel('选择要导入的文件').setInputFiles({ name: '2024年跟进表.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await messyFollowUpWorkbook()) });

  // The data sheet is chosen; the hidden options sheet is listed and marked.
  const sheets = page.getByRole('listbox', { name: '工作表' });
  await expect(sheets.getByRole('option', { name: /跟进记录/ })).toHaveAttribute('aria-selected', 'true');
  await expect(sheets.getByRole('option', { name: /选项/ })).toContainText('隐藏');
  await page.screenshot({ path: `${shots}/61-import-sheet.png` });
  await page.getByRole('button', { name: '用这个工作表' }).click();

  // The two-row header under the title is found, and columns are mapped by their Chinese titles.
  await expect(page.getByLabel('表头所在行')).toContainText('客户名称');
  await expect(page.getByLabel('「客户名称」导入为')).toHaveValue('customerId');
  await expect(page.getByLabel('「跟进日期」导入为')).toHaveValue('followedAt');
  await expect(page.getByLabel('「业务员」导入为')).toHaveValue('ownerId');
  await expect(page.getByLabel('「下一步计划/日期」导入为')).toHaveValue('nextDate');
  await page.screenshot({ path: `${shots}/62-import-mapping.png`, fullPage: true });
  await page.getByRole('button', { name: '预览导入结果' }).click();

  // Verdicts before anything is written: the 合计 row, the bad date and the row without a customer are refused, with reasons.
  await expect(page.getByTestId('count-rejected')).toHaveText('未导入 3');
  await expect(page.getByTestId('count-new')).toHaveText('新增 4');
  await expect(page.getByText('将同时新建 3 个客户')).toBeVisible();
  await page.screenshot({ path: `${shots}/63-import-preview.png`, fullPage: true });
  await page.getByTestId('count-rejected').click();
  await expect(page.locator('.import-row-rejected')).toHaveCount(3);
  // The refused rows download as a workbook with the reason beside each, ready to fix and import again.
  const [rejected] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载未导入的 3 行/ }).click()]);
  expect(rejected.suggestedFilename()).toBe('2024年跟进表_未导入的行.xlsx');
  const book = new ExcelJS.Workbook();
  const data = readFileSync((await rejected.path())!);
  await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(2).value).toBe('未导入原因');
  expect(sheet.actualRowCount).toBe(4);
  expect(String(sheet.getRow(3).getCell(2).value)).toContain('合计');
  await page.getByRole('button', { name: '确认导入 4 条' }).click();
  await expect(page.getByText(/导入完成：新增 4 条/)).toBeVisible();
  await expect(page.getByTestId('import-batch').first()).toContainText('已导入');
  await page.screenshot({ path: `${shots}/64-import-done.png`, fullPage: true });

  // The follow-ups keep their own dates and land in the grid.
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5004 行');
  await page.getByLabel('搜索（客户、内容、负责人…）').fill('恒瑞精密');
  await expect(page.getByTestId('grid-count')).toHaveText('2 行');
  await expect(page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(2)).toHaveText(/^2024-06-1[02]/);

  // Undo the whole batch in one step.
  await openImport(page);
  await page.getByRole('button', { name: '撤销这次导入' }).click();
  await page.getByRole('button', { name: /确认撤销/ }).click();
  await expect(page.getByTestId('import-batch').first()).toContainText('已撤销');
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5000 行');
  await expect(page.getByTestId('page-summary')).toContainText('300 个客户');
});

test('files that cannot be imported get a clear message and leave nothing behind', async ({ page }) => {
  test.skip(!existsSync(corpus), `${corpus} is absent`);
  await createSampleTeam(page);
  await openImport(page);
  const input = page.getByLabel('选择要导入的文件');
  await input.setInputFiles({ name: 'test.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(`${corpus}/jeecgboot__test.xls`) });
  await expect(page.getByRole('alert')).toContainText('另存为');
  await page.screenshot({ path: `${shots}/65-import-xls.png` });
  await input.setInputFiles({ name: 'secret.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(`${corpus}/qax-os__test__encryptAES.xlsx`) });
  await expect(page.getByRole('alert')).toContainText('密码');
  // A picture renamed to .xlsx.
  await input.setInputFiles({ name: 'photo.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]) });
  await expect(page.getByRole('alert')).not.toContainText('密码');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByText('还没有导入过文件。')).toBeVisible();

  // A CSV dropped on the grid opens the wizard with it.
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await page.getByTestId('followup-grid').evaluate((grid) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['\uFEFF客户名称,跟进日期,跟进内容\r\n杭州云栖,2024/6/10,电话沟通\r\n'], '客户跟进.csv', { type: 'text/csv' }));
    grid.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    grid.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('import-file')).toContainText('客户跟进.csv');
  await expect(page.getByRole('button', { name: '用这个工作表' })).toBeVisible();
});

test('import customers from a CSV: a new one is created, a known one (matched by name) is updated, not duplicated', async ({ page }) => {
  await createSampleTeam(page);
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await expect(page.getByTestId('page-summary')).toContainText('共 300 个客户');
  // A known customer's name, from the follow-up grid's first row.
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  const known = ((await page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').first().textContent()) ?? '').trim();
  await openImport(page);
  await page.getByLabel('客户档案').check();
  const csv = `客户名称,电话,地址,备注\r\n杭州云栖新材料有限公司,0571-88886666,杭州市西湖区,展会获客\r\n${known},,,老客户复购\r\n`;
  // UTF-8 without a BOM (GB18030 detection is unit-tested in shared/importer/decodeCsv.test.ts).
  await page.getByLabel('选择要导入的文件').setInputFiles({ name: '客户名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: '用这个工作表' }).click();
  await expect(page.getByLabel('「客户名称」导入为')).toHaveValue('name');
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.getByTestId('count-new')).toHaveText('新增 1');
  await expect(page.getByTestId('count-changed')).toHaveText('更新 1');
  await page.getByRole('button', { name: '确认导入 2 条' }).click();
  await expect(page.getByText(/导入完成：新增 1 条，更新 1 条/)).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await expect(page.getByTestId('page-summary')).toContainText('共 301 个客户');
});

test('a large sheet shows how far reading and checking are; 取消 stops either, and the next step reads the file again', async ({ page }) => {
  test.setTimeout(240_000);
  const file = await importBenchSheet(60_000);
  await page.goto('/');
  await page.getByRole('button', { name: /创建团队/ }).click();
  await page.getByLabel('团队名称').fill('华东销售团队');
  await page.getByLabel('你的姓名').fill('张伟');
  await page.getByRole('button', { name: '开始使用' }).click();
  await openImport(page);

  // 取消 while reading: back at the file step, nothing kept.
  await page.getByLabel('选择要导入的文件').setInputFiles(file);
  await expect(page.locator('.progress')).toContainText(/正在读取文件… \d+%/);
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alert')).toHaveText('已停止读取文件。');
  await expect(page.getByRole('button', { name: '用这个工作表' })).toHaveCount(0);

  // 取消 while checking the rows: the mapping stays, and 预览 reads the file again and finishes.
  await page.getByLabel('选择要导入的文件').setInputFiles(file);
  await page.getByRole('button', { name: '用这个工作表' }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.locator('.progress')).toContainText(/正在逐行检查… \d+%/);
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alert')).toHaveText('已停止读取文件。');
  await page.getByRole('button', { name: '预览导入结果' }).click();
  await expect(page.getByRole('tab', { name: '全部 60000' })).toBeVisible({ timeout: 120_000 });
  // The generated sheet repeats one follow-up word for word (row 10059 = row 2559): skipped, not doubled.
  await expect(page.getByTestId('count-new')).toHaveText('新增 59999');
  await expect(page.getByTestId('count-skipped')).toHaveText('跳过 1');
});

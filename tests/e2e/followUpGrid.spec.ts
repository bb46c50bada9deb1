import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { formatTsv } from '../../shared/grid/formatTsv.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** A block as Excel puts it on the clipboard, from a real .xlsx written and read back with exceljs. */
const blockFromXlsx = async (): Promise<string> => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('跟进');
  sheet.addRows([
    ['电话', '电话沟通，客户要求\n下周再报一次价', '待回访'],
    ['微信', '发送资料', '已报价'],
    ['拜访', '上门演示', '谈判中'],
  ]);
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await book.xlsx.writeBuffer());
  const rows: string[][] = [];
  read.getWorksheet('跟进')?.eachRow((row) => rows.push([1, 2, 3].map((c) => String(row.getCell(c).value ?? ''))));
  return formatTsv(rows);
};

const paste = (page: Page, text: string) =>
  page.getByTestId('followup-grid').evaluate((grid, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);

const cell = (page: Page, row: number, column: string) =>
  page.locator(`[role=row][aria-rowindex="${row}"] [role=gridcell]`).nth(['客户', '联系人', '跟进时间', '跟进方式', '跟进内容摘要', '当前状态'].indexOf(column));

test('edit, paste from Excel with append, undo, search, sort and the recycle bin', async ({ page }) => {
  await createSampleTeam(page);
  await page.screenshot({ path: `${shots}/10-grid.png` });

  // Typing starts editing; Enter commits; Ctrl+Z undoes.
  const before = await cell(page, 1, '跟进内容摘要').textContent();
  await cell(page, 1, '跟进内容摘要').click();
  await page.keyboard.type('客户确认下周签约');
  await page.keyboard.press('Enter');
  await expect(cell(page, 1, '跟进内容摘要')).toHaveText('客户确认下周签约');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 1, '跟进内容摘要')).toHaveText(before ?? '');

  // A bad value is refused in words, and nothing is written.
  await cell(page, 1, '跟进方式').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await cell(page, 1, '跟进时间').click();
  await page.keyboard.type('2024/2/30');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('2024/2/30');
  await page.keyboard.press('Escape');

  // Paste three rows at the last row: one overwritten, two appended; one undo removes the whole paste.
  await cell(page, 1, '跟进方式').click();
  await page.keyboard.press('Control+ArrowDown');
  await paste(page, await blockFromXlsx());
  await expect(page.getByTestId('grid-count')).toHaveText('5002 行');
  // The appended rows stay under the pasted block, in the order pasted.
  await expect(cell(page, 5001, '跟进方式')).toHaveText('微信');
  await expect(cell(page, 5002, '跟进方式')).toHaveText('面访');
  await page.screenshot({ path: `${shots}/11-grid-pasted.png` });
  // The multi-line cell arrived whole, and the synonym 拜访 became the option 面访.
  const search = page.getByLabel('搜索（客户、内容、负责人…）');
  await search.fill('下周再报一次价');
  await expect(page.getByTestId('grid-count')).toHaveText('1 行');
  await search.fill('上门演示');
  await expect(cell(page, 1, '跟进方式')).toHaveText('面访');
  await search.fill('');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5000 行');

  // Search and sort.
  const customer = (await cell(page, 1, '客户').textContent()) ?? '';
  await search.fill(customer);
  await expect(page.getByTestId('grid-count')).not.toHaveText('5000 行');
  await expect(cell(page, 1, '客户')).toHaveText(customer);
  await page.screenshot({ path: `${shots}/12-grid-search.png` });
  await search.fill('');
  await page.getByRole('columnheader', { name: '跟进时间' }).click();
  await expect(page.getByRole('columnheader', { name: /跟进时间/ })).toHaveAttribute('aria-sort', 'ascending');
  const first = (await cell(page, 1, '跟进时间').textContent()) ?? '';
  const second = (await cell(page, 2, '跟进时间').textContent()) ?? '';
  expect(first <= second).toBe(true);

  // Delete a row to the recycle bin and restore it.
  await cell(page, 1, '客户').click();
  await page.getByRole('button', { name: '删除所选行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('4999 行');
  await page.getByRole('tab', { name: '回收站' }).click();
  // The deleted row, and the two rows the undone paste had added (undoing an addition bins it).
  await expect(page.getByTestId('grid-count')).toHaveText('3 行');
  await page.screenshot({ path: `${shots}/14-grid-trash.png` });
  await cell(page, 1, '客户').click();
  await cell(page, 3, '客户').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: '恢复所选行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('0 行');
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5002 行');

  // A new row without a customer is marked, with the reason.
  await page.getByRole('button', { name: '新增一行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5003 行');
  await expect(page.locator('[data-invalid]').first()).toHaveAttribute('title', /请填写「客户」/);
  await page.screenshot({ path: `${shots}/13-grid-new-row.png` });
  // Typing an unknown company into 客户 offers to create it; Enter creates and picks it.
  await page.keyboard.type('杭州云栖新材料有限公司');
  await expect(page.getByRole('option', { name: '＋ 新建客户「杭州云栖新材料有限公司」' })).toBeVisible();
  await page.screenshot({ path: `${shots}/13b-grid-new-customer.png` });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-summary')).toContainText('301 个客户');
  await expect(page.getByRole('gridcell', { name: '杭州云栖新材料有限公司' })).toBeVisible();
  // A known name comes first in the list and Enter picks it, rather than creating it again.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('杭州云栖');
  await expect(page.getByRole('option', { name: '杭州云栖新材料有限公司' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-summary')).toContainText('301 个客户');

  // 复制此行 copies a row's values into a new row, placed right under its source (though logged now).
  await page.keyboard.press('Control+ArrowDown');
  const source = (await cell(page, 5000, '跟进内容摘要').textContent()) ?? '';
  await cell(page, 5000, '客户').click();
  await page.getByRole('button', { name: '复制此行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5004 行');
  await expect(cell(page, 5001, '跟进内容摘要')).toHaveText(source);
  await expect(cell(page, 5001, '跟进时间')).not.toHaveText((await cell(page, 5000, '跟进时间').textContent()) ?? '');
});

/** The team's current month ('YYYY-MM', China time), as the 本月 filter sees it. */
const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

const visibleTexts = async (page: Page, column: string, rows: number) => {
  const texts: string[] = [];
  for (let i = 1; i <= rows; i++) texts.push((await cell(page, i, column).textContent()) ?? '');
  return texts;
};

test('filter by column, group with counts, save and reopen a view, fill handle, hide and resize columns', async ({ page }) => {
  await createSampleTeam(page);
  const count = page.getByTestId('grid-count');

  // 跟进方式: untick everything, tick 面访.
  await page.getByRole('button', { name: '「跟进方式」列菜单' }).click();
  const menu = page.getByRole('dialog', { name: '「跟进方式」列菜单' });
  await menu.getByRole('button', { name: '全不选' }).click();
  await menu.getByRole('checkbox', { name: '面访' }).check();
  await menu.getByRole('button', { name: '应用筛选' }).click();
  await expect(page.getByTestId('filter-chips')).toContainText('跟进方式：面访');
  await expect(count).not.toHaveText('5000 行');
  expect(new Set(await visibleTexts(page, '跟进方式', 5))).toEqual(new Set(['面访']));

  // 跟进时间: 本月.
  await page.getByRole('button', { name: '「跟进时间」列菜单' }).click();
  await page.getByRole('dialog', { name: '「跟进时间」列菜单' }).getByRole('button', { name: '本月' }).click();
  await expect(page.getByTestId('filter-chips')).toContainText('跟进时间：本月');
  const month = thisMonth();
  for (const text of await visibleTexts(page, '跟进时间', 3)) expect(text.startsWith(month)).toBe(true);
  const filtered = Number((await count.textContent())?.replace(/\D/g, ''));
  expect(filtered).toBeGreaterThan(0);
  await page.screenshot({ path: `${shots}/15-grid-filtered.png` });

  // Group by 责任人: headers with counts and amounts. Folding every group leaves no rows, and the
  // groups' counts add up to the filtered rows.
  await page.getByLabel('分组').selectOption({ label: '按责任人分组' });
  const groups = page.getByTestId('grid-group');
  await expect(groups.first()).toContainText(/\d+ 条 · 金额 ¥/);
  await page.screenshot({ path: `${shots}/16-grid-grouped.png` });
  const open = page.locator('[data-testid=grid-group] button[aria-expanded=true]');
  while ((await open.count()) > 0) await open.first().click();
  await expect(count).toHaveText('0 行');
  const headerTexts = await groups.allTextContents();
  expect(headerTexts.length).toBeGreaterThan(1);
  expect(headerTexts.map((h) => Number(/(\d+) 条/.exec(h)?.[1])).reduce((a, b) => a + b, 0)).toBe(filtered);
  await groups.first().getByRole('button').click();
  await expect(count).toHaveText(`${Number(/(\d+) 条/.exec(headerTexts[0] ?? '')?.[1])} 行`);

  // Save the view (shared), leave it, come back: filters and grouping return, also after a reload.
  await page.getByRole('button', { name: '保存视图' }).click();
  await page.getByLabel('视图名称').fill('本月面访');
  await page.getByLabel('与团队共享').check();
  await page.getByRole('dialog', { name: '保存视图' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('tab', { name: /本月面访/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(count).toHaveText('5000 行');
  await expect(page.getByTestId('filter-chips')).toHaveCount(0);
  await expect(groups).toHaveCount(0);
  await page.reload();
  await page.getByRole('tab', { name: /本月面访/ }).click();
  await expect(count).toHaveText(`${filtered} 行`);
  await expect(page.getByTestId('filter-chips')).toContainText('跟进方式：面访');
  await expect(groups.first()).toBeVisible();
  // A name already used is refused in words.
  await page.getByRole('button', { name: '另存为新视图' }).click();
  await page.getByLabel('视图名称').fill('本月面访');
  await page.getByRole('dialog', { name: '保存视图' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('已有名为「本月面访」的视图');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: '全部' }).click();

  // The fill handle copies the selected cell down the rows it is pulled over; one undo takes it back.
  const status = await visibleTexts(page, '当前状态', 4);
  await cell(page, 1, '当前状态').click();
  const handle = page.getByTestId('fill-handle');
  const from = (await handle.boundingBox())!;
  const to = (await cell(page, 4, '当前状态').boundingBox())!;
  await page.mouse.move(from.x + 3, from.y + 3);
  await page.mouse.down();
  await page.mouse.move(to.x + 10, to.y + 10, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => visibleTexts(page, '当前状态', 4)).toEqual([status[0], status[0], status[0], status[0]]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => visibleTexts(page, '当前状态', 4)).toEqual(status);

  // Hide 备注 from its menu, bring it back from 列; widen 跟进内容摘要 by dragging its edge.
  await page.getByRole('button', { name: '「备注」列菜单' }).click();
  await page.getByRole('button', { name: '隐藏此列' }).click();
  await expect(page.getByRole('columnheader', { name: /备注/ })).toHaveCount(0);
  await page.getByRole('button', { name: '列', exact: true }).click();
  await page.getByRole('checkbox', { name: '备注' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: /备注/ })).toHaveCount(1);
  const header = page.getByRole('columnheader', { name: /跟进内容摘要/ });
  const box = (await header.boundingBox())!;
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 118, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(box.width + 100);

  // Drag 当前状态's header onto 跟进方式's: it moves there, and its cells with it.
  const statusOfRow1 = (await cell(page, 1, '当前状态').textContent()) ?? '';
  await page.getByTestId('followup-grid').evaluate((grid) => grid.scrollTo({ left: 0 }));
  const src = (await page.getByRole('columnheader', { name: /当前状态/ }).boundingBox())!;
  const dst = (await page.getByRole('columnheader', { name: /跟进方式/ }).boundingBox())!;
  await page.mouse.move(src.x + 20, src.y + 10);
  await page.mouse.down();
  await page.mouse.move(src.x + 30, src.y + 12, { steps: 3 });
  await page.mouse.move(dst.x + 20, dst.y + 10, { steps: 8 });
  await page.mouse.up();
  const headers = page.locator('.grid-hcell .grid-hlabel');
  await expect(headers.nth(3)).toHaveText('当前状态');
  await expect(headers.nth(4)).toHaveText('跟进方式');
  await expect(page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(3)).toHaveText(statusOfRow1);
});

test('export the filtered view as .xlsx and CSV: the rows and columns on show, typed, with a hidden row id', async ({ page }) => {
  await createSampleTeam(page);
  await page.getByRole('button', { name: '「跟进方式」列菜单' }).click();
  const menu = page.getByRole('dialog', { name: '「跟进方式」列菜单' });
  await menu.getByRole('button', { name: '全不选' }).click();
  await menu.getByRole('checkbox', { name: '电话' }).check();
  await menu.getByRole('button', { name: '应用筛选' }).click();
  const shown = Number((await page.getByTestId('grid-count').textContent())?.replace(/\D/g, ''));
  const firstCustomer = (await cell(page, 1, '客户').textContent()) ?? '';

  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出为 Excel（.xlsx）' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^销售跟进表.*\.xlsx$/);
  const book = new ExcelJS.Workbook();
  const data = await readFile((await xlsx.path())!);
  await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const sheet = book.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 4)).toEqual(['客户', '联系人', '跟进时间', '跟进方式']);
  expect(header.at(-1)).toBe('记录ID');
  expect(sheet.actualRowCount).toBe(shown + 1);
  expect(sheet.getRow(2).getCell(1).value).toBe(firstCustomer);
  expect(sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  for (let r = 2; r <= Math.min(shown + 1, 20); r++) expect(sheet.getRow(r).getCell(4).value).toBe('电话');

  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出为 CSV（UTF-8）' }).click()]);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(firstCustomer);
});

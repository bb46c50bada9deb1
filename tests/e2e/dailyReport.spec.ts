import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Friday 2026-11-20, 19:30 in Shanghai: half an hour before the team's 20:00 deadline. */
const EVENING = new Date('2026-11-20T19:30:00+08:00');

// Tall enough that a screenshot shows the whole report with its buttons.
test.use({ viewport: { width: 1366, height: 940 } });

/** The report page from its top, with no tile under the mouse, for a calm screenshot. */
const settle = async (page: Page) => {
  await page.mouse.move(0, 900);
  await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
};

/** A cell of the grid's first row, by column (客户 0 … 销售阶段 6, 金额 7): 新增一行 puts the new row there. */
const firstRowCell = (page: Page, column: number) => page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(column);

/** A follow-up typed into the grid: a new customer (created from its name), a stage, optionally an amount. */
const addFollowUp = async (page: Page, customer: string, stage: string, amount?: string) => {
  const rows = Number((await page.getByTestId('grid-count').textContent())?.replace(/\D/g, ''));
  await page.getByRole('button', { name: '新增一行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText(`${rows + 1} 行`);
  await firstRowCell(page, 0).click();
  await page.keyboard.type(customer);
  await expect(page.getByRole('option', { name: `＋ 新建客户「${customer}」` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(firstRowCell(page, 0)).toHaveText(customer);
  await firstRowCell(page, 6).click();
  await page.keyboard.type(stage);
  await expect(page.getByRole('option', { name: stage, exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(firstRowCell(page, 6)).toHaveText(stage);
  if (amount === undefined) return;
  await firstRowCell(page, 7).click();
  await page.keyboard.type(amount);
  await page.keyboard.press('Enter');
  await expect(firstRowCell(page, 7)).not.toBeEmpty();
};

const metric = (page: Page, id: string) => page.locator(`[data-metric="${id}"]`);
const metricValue = (page: Page, id: string) => metric(page, id).locator('.daily-report-metric-value');
const idsInHash = (url: string) => decodeURIComponent(/#\/followups\/ids\/([^?]*)/.exec(url)?.[1] ?? '').split(',').filter(Boolean);

test('a rep files the day’s report: numbers from the grid, links to their rows, draft kept over a reload, submitted on time, edited, and a past day filed late', async ({ page }) => {
  await page.clock.install({ time: EVENING });
  await createSampleTeam(page);

  // Today's work in the grid: two new customers, one quoted (then followed up again), one won for ¥120,000.
  await addFollowUp(page, '杭州云栖新材料有限公司', '方案报价');
  await firstRowCell(page, 0).click();
  await page.getByRole('button', { name: '复制此行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5002 行');
  await addFollowUp(page, '苏州博远精工有限公司', '成交签约', '120000');
  await expect(page.getByTestId('grid-count')).toHaveText('5003 行');

  await page.getByRole('navigation').getByRole('button', { name: '日报' }).click();
  await expect(page.getByRole('heading', { name: '销售日报' })).toBeVisible();
  await expect(page.getByTestId('report-day')).toContainText('11月20日 周五');
  await expect(page.getByTestId('report-day')).toContainText('今天');
  await expect(page.getByTestId('report-status')).toHaveText(/未提交\s*截止 20:00/);
  const expected: Record<string, string> = {
    newLeads: '2', firstContacts: '2', quotes: '1', negotiations: '0', followUps: '3', won: '1', wonAmount: '¥120,000', calls: '3', visits: '0',
  };
  for (const [id, value] of Object.entries(expected)) await expect(metricValue(page, id), id).toHaveText(value);
  await expect(metric(page, 'negotiations')).not.toHaveAttribute('href');

  // Each number opens exactly the rows behind it, titled for the grid's chip.
  await metric(page, 'quotes').click();
  await expect(page).toHaveURL(/#\/followups\/ids\//);
  const quoted = idsInHash(page.url());
  expect(quoted).toHaveLength(1);
  expect(decodeURIComponent(page.url())).toContain('title=张伟 11月20日 方案报价');
  await page.goBack();
  await metric(page, 'followUps').click();
  await expect(page).toHaveURL(/#\/followups\/ids\//);
  const all = idsInHash(page.url());
  expect(all).toHaveLength(3);
  expect(all).toContain(quoted[0]);
  await page.goBack();
  await metric(page, 'won').click();
  await expect(page).toHaveURL(/#\/followups\/ids\//);
  const won = idsInHash(page.url());
  expect(won).toHaveLength(1);
  expect(all).toContain(won[0]);
  expect(won[0]).not.toBe(quoted[0]);
  await page.goBack();

  // Writing is saved as a draft as it is typed; a reload keeps it, even one right after the last keystroke.
  await page.getByLabel('遇到的问题').fill('云栖嫌报价偏高，竞品报价低 8%。');
  await page.getByLabel('解决方案').fill('申请阶梯价。');
  await expect(page.getByTestId('draft-saved')).toBeVisible();
  await settle(page);
  await page.screenshot({ path: `${shots}/70-daily-report-draft.png`, fullPage: true });
  await page.getByLabel('解决方案').fill('申请阶梯价，并附上三年维保方案。');
  await page.reload();
  await expect(page.getByLabel('遇到的问题')).toHaveValue('云栖嫌报价偏高，竞品报价低 8%。');
  await expect(page.getByLabel('解决方案')).toHaveValue('申请阶梯价，并附上三年维保方案。');

  // 明日计划 is required: the submit is refused in Chinese, saying what to do.
  await page.getByRole('button', { name: '提交日报' }).click();
  await expect(page.getByRole('alert')).toHaveText('「明日计划」为必填，请填写后再提交。');
  await page.getByLabel('明日计划').fill('1. 回访云栖，确认阶梯价\n2. 博远合同盖章');
  await page.getByRole('button', { name: '提交日报' }).click();
  await expect(page.getByTestId('report-status')).toHaveText(/^已按时提交 19:3\d$/);
  await expect(page.locator('[data-section="tomorrowPlan"]')).toHaveText('1. 回访云栖，确认阶梯价\n2. 博远合同盖章');
  await expect(page.getByRole('button', { name: '提交日报' })).toHaveCount(0);

  // A change after submitting keeps the report submitted, on time, and is recorded.
  await page.getByRole('button', { name: '修改日报' }).click();
  await page.getByLabel('解决方案').fill('申请阶梯价，附三年维保；周一约技术交流。');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('report-status')).toHaveText(/^已按时提交 19:3\d\s*提交后修改过 1 次$/);
  await expect(page.getByTestId('report-history')).toContainText(/张伟 修改了 解决方案/);
  await expect(page.locator('[data-section="solutions"]')).toHaveText('申请阶梯价，附三年维保；周一约技术交流。');
  await settle(page);
  await page.screenshot({ path: `${shots}/71-daily-report-submitted.png`, fullPage: true });
  await page.reload();
  await expect(page.getByTestId('report-status')).toContainText('提交后修改过 1 次');

  // Yesterday's report, filed now: late by the time since yesterday's 20:00 (23.5 h = 1410 minutes).
  await page.getByRole('button', { name: '前一天' }).click();
  await expect(page).toHaveURL(/#\/reports\/[^/]+\/2026-11-19$/);
  await expect(page.getByTestId('report-day')).toContainText('11月19日 周四');
  await expect(metricValue(page, 'followUps')).toHaveText('0');
  await page.getByLabel('明日计划').fill('整理云栖报价资料');
  await page.getByRole('button', { name: '提交日报' }).click();
  await expect(page.getByTestId('report-status')).toHaveText(/^迟交 141\d 分钟\s*11-20 19:3\d 提交$/);
  // No report for a day that has not come: the next day stops at today.
  await page.getByRole('button', { name: '回到今天' }).click();
  await expect(page.getByRole('button', { name: '后一天' })).toBeDisabled();
});

test('someone else’s report opens read-only', async ({ page }) => {
  await page.clock.install({ time: EVENING });
  await createSampleTeam(page);
  await page.goto('/#/reports/rep01/2026-11-19');
  await expect(page.getByTestId('report-day')).toContainText('11月19日 周四');
  await expect(page.getByText(/只能查看|还没有写日报/)).toBeVisible();
  // Nothing to type into in the report itself (a manager's 批注 box below it is another matter).
  const report = page.locator('section.daily-report');
  await expect(report.locator('textarea, input:not([type=date]), select')).toHaveCount(0);
  await expect(report.getByRole('button', { name: '提交日报' })).toHaveCount(0);
  await expect(report.getByRole('button', { name: '修改日报' })).toHaveCount(0);
});

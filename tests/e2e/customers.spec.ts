import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

const COLUMNS = ['名称', '简称', '行业', '来源', '等级', '健康分', '负责人', '最近跟进', '下次跟进', '阶段', '预计金额'];
const grid = (page: Page) => page.getByTestId('customer-grid');
const cell = (page: Page, row: number, column: string) => grid(page).locator(`[role=row][aria-rowindex="${row}"] [role=gridcell]`).nth(COLUMNS.indexOf(column));
const tab = (page: Page, id: string) => page.getByTestId(`customer-view-${id}`);
const tabCount = async (page: Page, id: string) => Number(await tab(page, id).locator('.view-count').textContent());

const openCustomers = async (page: Page) => {
  await createSampleTeam(page);
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await expect(page.getByTestId('customer-count')).toHaveText('300 个客户');
};

/** The follow-up grid searched for a customer's name: the rows that customer has. */
const searchFollowUps = async (page: Page, name: string) => {
  await page.evaluate(() => (window.location.hash = '#/followups'));
  await page.getByLabel('搜索（客户、内容、负责人…）').fill(name);
  return page.getByTestId('grid-count');
};
/** How many follow-ups a customer that has some has (its name then heads the searched grid). */
const followUpsOf = async (page: Page, name: string): Promise<number> => {
  const count = await searchFollowUps(page, name);
  await expect(page.getByTestId('followup-grid').locator('[role=row][aria-rowindex="1"] [role=gridcell]').first()).toHaveText(name);
  return Number((await count.textContent())?.replace(' 行', ''));
};
/** Writes land a moment after the click: wait for the count. */
const expectFollowUps = async (page: Page, name: string, n: number) => expect(await searchFollowUps(page, name)).toHaveText(`${n} 行`);

test('the 客户 list counts its views; a near-duplicate is named as it is typed and the existing customer opens', async ({ page }) => {
  await openCustomers(page);
  await expect(page.getByTestId('page-summary')).toContainText('共 300 个客户');
  await expect(tab(page, 'all')).toContainText('全部300');
  // The admin owns none of the sample team's customers; every A customer shows A.
  await expect(tab(page, 'mine')).toContainText('我的客户0');
  await tab(page, 'gradeA').click();
  const gradeA = await tabCount(page, 'gradeA');
  expect(gradeA).toBeGreaterThan(0);
  await expect(page.getByTestId('customer-count')).toHaveText(`${gradeA} 个客户`);
  await expect(cell(page, 1, '等级')).toHaveText(/^A/);
  await tab(page, 'all').click();
  // The grade's tooltip explains the score with its four contributions.
  await expect(cell(page, 1, '健康分').getByTestId('health-cell')).toHaveAttribute('title', /^健康分 \d+\n互动频率 [\d.]+\/30\n需求明确度 [\d.]+\/25\n决策链 [\d.]+\/25\n竞品 (0|20)\/20$/);
  await page.screenshot({ path: `${shots}/90-customers.png` });

  const existing = (await cell(page, 1, '名称').textContent()) ?? '';
  const variant = `${existing.replace(/(股份)?有限公司$/, '')}（股份有限公司）`;
  await page.getByRole('button', { name: '＋ 新建客户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建客户' });
  await dialog.getByLabel('客户名称', { exact: true }).fill(variant);
  await dialog.getByLabel('电话', { exact: true }).fill('0512-6288 1234');
  await expect(dialog.getByTestId('duplicate-warning')).toContainText(`可能与已有客户重复：${existing}（名称相同）`);
  await expect(dialog.getByRole('button', { name: '仍然新建' })).toBeVisible();
  await page.screenshot({ path: `${shots}/91-customer-duplicate.png` });
  await dialog.getByRole('link', { name: '打开已有客户' }).first().click();
  await expect(page).toHaveURL(/#\/customers\/[^/]+$/);
  await expect(page.getByTestId('customer-page')).toContainText(existing);
});

test('two customers merged: the follow-ups move to the one kept, the duplicate\u2019s page says where, one undo takes it back', async ({ page }) => {
  await openCustomers(page);
  const first = (await cell(page, 1, '名称').textContent()) ?? '';
  const second = (await cell(page, 2, '名称').textContent()) ?? '';
  const [a, b] = [await followUpsOf(page, first), await followUpsOf(page, second)];
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(0);

  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await cell(page, 1, '简称').click();
  await cell(page, 2, '简称').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: '合并所选' }).click();
  const dialog = page.getByRole('dialog', { name: '合并客户' });
  await expect(dialog.getByTestId('merge-side')).toHaveCount(2);
  // Keep the first row's customer; the preview says what moves.
  await dialog.getByRole('radio', { name: `保留「${first}」` }).check();
  await expect(dialog.getByTestId('merge-preview')).toContainText(`「${second}」的 ${b} 条跟进记录`);
  await expect(dialog.getByTestId('merge-preview')).toContainText(`移到「${first}」`);
  await page.screenshot({ path: `${shots}/92-customer-merge.png` });
  await dialog.getByRole('button', { name: '确认合并' }).click();
  await expect(page.getByTestId('customer-notice')).toContainText(`已合并：「${second}」的 ${b} 条跟进记录已移到「${first}」。`);
  await expect(page.getByTestId('customer-count')).toHaveText('299 个客户');
  await expect(tab(page, 'trash')).toContainText('回收站1');

  // The follow-up grid counts them under the kept customer; the duplicate has none left.
  await expectFollowUps(page, first, a + b);
  await expectFollowUps(page, second, 0);
  // An old link to the duplicate (its row in 回收站) says where it went.
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await tab(page, 'trash').click();
  const dropHref = (await cell(page, 1, '名称').locator('a').getAttribute('href')) ?? '';
  await page.evaluate((hash) => (window.location.hash = hash), dropHref);
  await expect(page.getByTestId('merged-notice')).toContainText(`「${second}」已合并到「${first}」`);
  await page.getByRole('link', { name: `打开「${first}」` }).click();
  await expect(page.getByTestId('customer-page')).toContainText(first);

  // Back on the list after looking elsewhere, one step takes the merge back.
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await tab(page, 'all').click();
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(page.getByTestId('customer-notice')).toHaveText(`已撤销合并：「${second}」和它的跟进记录已恢复。`);
  await expect(page.getByTestId('customer-count')).toHaveText('300 个客户');
  await expect(tab(page, 'trash')).toContainText('回收站0');
  await expectFollowUps(page, first, a);
  await expectFollowUps(page, second, b);
});

test('a manager sets a grade by hand with a reason: marked 人工调整 with who and why; clearing it returns to the computed grade', async ({ page }) => {
  await openCustomers(page);
  const name = (await cell(page, 1, '名称').textContent()) ?? '';
  const computed = ((await cell(page, 1, '等级').textContent()) ?? '').trim();
  const target = computed === 'A' ? 'C' : 'A';
  await page.getByRole('button', { name: `调整「${name}」的等级` }).click();
  const dialog = page.getByRole('dialog', { name: `调整等级：${name}` });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请填写调整原因（最多 200 字），让团队知道为什么不按自动评级。');
  await dialog.getByText(target, { exact: true }).click();
  await dialog.getByLabel('调整原因').fill('集团战略客户，预算已批');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('customer-notice')).toHaveText(`已将「${name}」调整为 ${target} 类`);
  await expect(cell(page, 1, '等级')).toHaveText(`${target}人工调整`);
  await expect(cell(page, 1, '等级').getByTestId('grade-cell')).toHaveAttribute('title', new RegExp(`^人工调整为 ${target}：集团战略客户，预算已批（张伟 · \\d{4}-\\d{2}-\\d{2}）\\n自动评级 ${computed}`));

  await page.getByRole('button', { name: `调整「${name}」的等级` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '恢复自动评级' }).click();
  await expect(cell(page, 1, '等级')).toHaveText(computed);
});

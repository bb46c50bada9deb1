import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped, type Writer } from '../../shared/db/stampedWrites.ts';
import { customerNameKey } from '../../shared/domain/customerNameKey.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { closeOffice, type OfficeDesk } from '../support/closeOffice.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

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

test('from the list: 客户跟进报告 for the selected customers in one workbook, and 销售预测 opened over the list', async ({ page }) => {
  await openCustomers(page);
  const names = [(await cell(page, 1, '名称').textContent()) ?? '', (await cell(page, 2, '名称').textContent()) ?? ''];
  // The button counts the rows the selection covers, as 删除所选 does.
  await cell(page, 1, '简称').click();
  await expect(page.getByRole('button', { name: '导出客户跟进报告（1）' })).toBeEnabled();
  await cell(page, 2, '简称').click({ modifiers: ['Shift'] });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出客户跟进报告（2）' }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  // A 目录 and one A4-portrait sheet per customer, titled with its name.
  expect(workbook.worksheets).toHaveLength(3);
  expect(workbook.worksheets[0]?.name).toBe('目录');
  for (const [i, name] of names.entries()) {
    const sheet = workbook.worksheets[i + 1];
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(JSON.stringify(sheet?.getSheetValues())).toContain(name);
  }

  await page.getByRole('button', { name: '销售预测' }).click();
  await expect(page.getByTestId('customers-forecast')).toContainText('预测金额');
  await page.getByRole('button', { name: '销售预测' }).click();
  await expect(page.getByTestId('customers-forecast')).toHaveCount(0);
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

test.describe('through a real hub', () => {
  const ADMIN = 'admin-zhangwei';
  let hub: TeamHub;
  let dir: string;
  let office: OfficeDesk & { writer: Writer };

  /** The sample team on the office PC (a Node desktop, the admin's), pushed to the hub. */
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-customers-'));
    hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
    const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
    if (!joined.ok) throw new Error(joined.message);
    const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['members', 'teamsettings', 'customers', 'followups', 'comments', 'notifications'] });
    const now = Date.now();
    const team = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now, memberId: ADMIN, nodeId: 'office' });
    const demo = generateDemoData({ seed: 20261123, now, adminId: ADMIN });
    await db.teamsettings.insert(team.settings);
    await db.members.bulkInsert([team.admin, ...demo.members]);
    await db.customers.bulkInsert(demo.customers);
    await db.followups.bulkInsert(demo.followUps);
    const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
    office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }), writer: { memberId: ADMIN, clock: createHlcClock('office', Date.now), now: Date.now } };
    await office.sync.awaitInSync();
  });
  test.afterAll(() => closeOffice(office, hub, dir));

  test('a customer\u2019s follow-ups make it rise to A: its grade changes and the owner\u2019s manager gets the notice with 安排高层拜访', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(hub.url);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(hub.issueJoinCode('manager'));
    await page.getByLabel('你的姓名').fill('陈主管');
    await page.getByRole('button', { name: '加入' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
    let managerId = '';
    await expect.poll(async () => (managerId = (await office.db.members.findOne({ selector: { name: '陈主管' } }).exec())?.id ?? ''), { timeout: 15_000 }).not.toBe('');

    // 赵强 reports to 陈主管. His customer: budget given (25), 技术/采购/财务 contacts (not reached yet), no competitor (20) — 45, B.
    await insertStamped(office.db.members, { id: 'rep-zq', name: '赵强', role: 'rep', managerId, department: '销售二部', phone: '', email: '', active: true, joinedAt: Date.now(), monthlyTarget: 0 }, office.writer);
    const role = (id: string, name: string, r: 'tech' | 'purchase' | 'finance') => ({ id, name, title: '', phone: '', wechat: '', email: '', roles: [r], note: '' });
    const name = '常州新锐精工有限公司';
    await insertStamped(office.db.customers, {
      ...newCustomerFields('c-rise', name, 'rep-zq'), nameKey: customerNameKey(name), needClarity: 'budget', grade: 'B', healthScore: 45,
      contacts: [role('k1', '王工', 'tech'), role('k2', '李经理', 'purchase'), role('k3', '赵会计', 'finance')],
    }, office.writer);
    await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
    await page.getByLabel('搜索（名称、简称、行业、负责人…）').fill('新锐精工');
    await expect(page.getByTestId('customer-count')).toHaveText('1 个客户', { timeout: 30_000 });
    await expect(cell(page, 1, '等级')).toHaveText('B');
    await expect(cell(page, 1, '健康分')).toHaveText('45');
    await expect(cell(page, 1, '阶段')).toHaveText('线索');

    // 赵强's desktop records three calls reaching all three roles: 7.5 + 25 + 25 + 20 = 77.5 → 78, A.
    for (const [i, contactId] of ['k1', 'k2', 'k3'].entries()) {
      await insertStamped(office.db.followups, sampleFollowUp(`f-rise-${i}`, 'rep-zq', { customerId: 'c-rise', contactId, followedAt: Date.now() - (3 - i) * 3_600_000, summary: '电话沟通需求' }), office.writer);
    }
    await expect(cell(page, 1, '等级')).toHaveText('A', { timeout: 30_000 });
    await expect(cell(page, 1, '健康分')).toHaveText('78');
    // The list's 最近跟进 and 阶段 follow the latest call as well.
    await expect(cell(page, 1, '最近跟进')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await expect(cell(page, 1, '阶段')).toHaveText('初步沟通');
    const notices = page.getByTestId('grade-a-notices');
    await expect(notices).toContainText(`「${name}」升为 A 类客户`);
    await expect(notices).toContainText('健康分 78（互动频率 7.5/30、需求明确度 25/25、决策链 25/25、竞品 20/20）。建议下一步：安排高层拜访。');
    await expect.poll(async () => (await office.db.notifications.find({ selector: { recipientId: managerId, kind: 'gradeA', targetId: 'c-rise' } }).exec()).length, { timeout: 15_000 }).toBe(1);
    await page.getByTestId('notification-bell').click();
    await expect(page.getByTestId('notification-list')).toContainText(`「${name}」升为 A 类客户`);
    await page.getByTestId('notification-bell').click();

    // One click plans it on the latest follow-up, for the owner, and the notice is read.
    await notices.getByRole('button', { name: '安排高层拜访' }).click();
    await expect(page.getByTestId('customer-notice')).toContainText(`已在「${name}」最近一条跟进上安排“安排高层拜访”`);
    await expect(notices).toHaveCount(0);
    await expect.poll(async () => (await office.db.followups.findOne('f-rise-2').exec())?.toJSON(), { timeout: 15_000 }).toMatchObject({ nextAction: '安排高层拜访', nextOwnerId: 'rep-zq' });
  });
});

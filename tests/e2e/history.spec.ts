import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { CollectionName, SalesDeskDatabase } from '../../shared/db/collections.ts';
import { dailyReportId } from '../../shared/db/schemas/dailyReportSchema.ts';
import { descKey } from '../../shared/db/schemas/followUpSchema.ts';
import { toCalendarDate } from '../../shared/domain/calendarDate.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped, patchStamped, type Writer } from '../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub, type HubConnection } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

// 修改记录, 回收站 and 审计 against a real hub: an office desktop and a rep's desktop write through RxDB,
// the browser (an admin, 陈静) works in the app.
const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });
const ADMIN = 'admin-zhangwei';

type Desk = { db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync; writer: Writer };
let hub: TeamHub;
let dir: string;
let office: Desk;
let lina: Desk;
let linaId = '';

const desk = async (token: string, deviceId: string, memberId: string, only: CollectionName[]): Promise<Desk> => {
  const db = await openDatabase({ name: `${deviceId}${Date.now()}`, storage: getRxStorageMemory(), only });
  const conn = connectToHub({ hubUrl: hub.url, token, deviceId, now: Date.now, retryMs: 200 });
  return { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }), writer: { memberId, clock: createHlcClock(deviceId, Date.now), now: Date.now } };
};
const hoursAgo = (h: number) => Date.now() - h * 3600_000;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-history-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
  const rep = await joinTeam(hub.url, { code: hub.issueJoinCode('rep'), name: '李娜', deviceName: '李娜的笔记本' });
  if (!joined.ok || !rep.ok) throw new Error('join failed');
  office = await desk(joined.value.token, 'office01', ADMIN, ['followups', 'members', 'teamsettings', 'customers', 'dailyreports']);
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: ADMIN, nodeId: 'office01' });
  await office.db.teamsettings.insert(docs.settings);
  await office.db.members.insert(docs.admin);
  await insertStamped(office.db.customers, newCustomerFields('c1', '苏州恒信精密机械有限公司', ADMIN), office.writer);
  await insertStamped(office.db.customers, newCustomerFields('c2', '杭州云帆科技有限公司', ADMIN), office.writer);
  await insertStamped(office.db.followups, sampleFollowUp('f1', ADMIN, { customerId: 'c1', summary: '首次电话沟通', followedAt: hoursAgo(2), followedDesc: descKey(hoursAgo(2)) }), office.writer);
  await office.sync.awaitInSync();
  // 李娜 records and edits her own follow-up from her laptop: what 审计 filters by member.
  linaId = rep.value.memberId;
  lina = await desk(rep.value.token, 'lina-laptop', rep.value.memberId, ['followups', 'members', 'dailyreports']);
  await lina.sync.awaitInSync();
  await insertStamped(lina.db.followups, sampleFollowUp('l1', rep.value.memberId, { customerId: 'c1', summary: '发送产品资料', followedAt: hoursAgo(30), followedDesc: descKey(hoursAgo(30)) }), lina.writer);
  await patchStamped((await lina.db.followups.findOne('l1').exec())!, { status: 'quoted', amount: 128000 }, lina.writer);
  await lina.sync.awaitInSync();
});

test.afterAll(async () => {
  for (const d of [office, lina]) {
    await d.sync.stop();
    d.conn.close();
    await d.db.remove();
  }
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

const joinAsAdmin = async (page: Page) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
  await page.getByLabel('你的姓名').fill('陈静');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
};
const summaryCell = (page: Page) => page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(4);
const editSummary = async (page: Page, text: string) => {
  await summaryCell(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(summaryCell(page)).toHaveText(text);
};

test('修改记录: two edits, the first value restored from the history, seen in the grid and undoable', async ({ page }) => {
  await joinAsAdmin(page);
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('2 行');
  await expect(summaryCell(page)).toHaveText('首次电话沟通');
  await editSummary(page, '客户要求报价');
  await editSummary(page, '客户要求周五前给正式报价');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步');

  // Enter moved the selection down a row, as in Excel: pick the edited row again.
  await summaryCell(page).click();
  await page.getByRole('button', { name: '详情', exact: true }).click();
  const history = page.getByTestId('row-detail-history');
  const entries = history.getByTestId('history-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('陈静');
  await expect(entries.nth(0)).toContainText('本机');
  await expect(entries.nth(0)).toContainText('跟进内容摘要：客户要求报价 → 客户要求周五前给正式报价');
  await expect(entries.nth(1)).toContainText('跟进内容摘要：首次电话沟通 → 客户要求报价');
  await expect(entries.nth(2)).toContainText('张伟');
  await expect(entries.nth(2)).toContainText('办公室电脑');
  await expect(entries.nth(2)).toContainText('新建了这条记录');

  // 恢复此值 on the first edit puts back what was there before it, after a confirm.
  await entries.nth(1).getByRole('button', { name: '恢复此值' }).click();
  const confirm = history.getByRole('alertdialog', { name: '确认恢复' });
  await expect(confirm).toContainText('把「跟进内容摘要」恢复为「首次电话沟通」？');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(history.getByTestId('restore-notice')).toContainText('已把「跟进内容摘要」恢复为「首次电话沟通」。');
  await expect(summaryCell(page)).toHaveText('首次电话沟通');
  // The restore is an ordinary edit: the hub has it as the newest revision, and the office desktop has the value.
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText('跟进内容摘要：客户要求周五前给正式报价 → 首次电话沟通');
  await expect.poll(async () => (await office.db.followups.findOne('f1').exec())?.summary, { timeout: 10_000 }).toBe('首次电话沟通');
  await page.screenshot({ path: `${shots}/90-history-panel.png` });

  // 撤销 writes back what the restore replaced.
  await history.getByTestId('restore-notice').getByRole('button', { name: '撤销' }).click();
  await expect(summaryCell(page)).toHaveText('客户要求周五前给正式报价');
  await expect(entries).toHaveCount(5);
});

test('回收站: a customer deleted from the list is found with who deleted it, filtered by type, and restored', async ({ page }) => {
  await joinAsAdmin(page);
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await page.getByTestId('customer-view-all').click();
  const grid = page.getByTestId('customer-grid');
  await grid.locator('[role=row]', { hasText: '杭州云帆科技有限公司' }).locator('[role=gridcell]').nth(1).click();
  await page.getByRole('button', { name: '删除所选' }).click();
  await expect(grid).not.toContainText('杭州云帆科技有限公司');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步');

  await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
  await page.getByRole('link', { name: '回收站' }).click();
  const bin = page.getByTestId('recycle-bin');
  const rows = bin.getByTestId('bin-row');
  await expect(rows.filter({ hasText: '杭州云帆科技有限公司' })).toHaveCount(1);
  const row = rows.filter({ hasText: '杭州云帆科技有限公司' });
  await expect(row).toContainText('客户');
  await expect(row).toContainText('陈静');
  await expect(row).toContainText('在回收站');
  await bin.getByLabel('类型').selectOption('dailyreports');
  await expect(bin).toContainText('回收站里没有这类记录。');
  await bin.getByLabel('类型').selectOption('customers');
  await expect(rows).toHaveCount(1);
  await page.screenshot({ path: `${shots}/91-recycle-bin.png` });

  await row.getByRole('button', { name: '恢复' }).click();
  await expect(bin.getByTestId('bin-notice')).toContainText('已恢复「杭州云帆科技有限公司」（客户）。');
  await expect(rows).toHaveCount(0);
  await expect.poll(async () => (await office.db.customers.findOne('c2').exec())?.trashed, { timeout: 10_000 }).toBe(false);
  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await page.getByTestId('customer-view-all').click();
  await expect(page.getByTestId('customer-grid')).toContainText('杭州云帆科技有限公司');

  // The customer page's 修改记录 tells the same story: created, binned, restored.
  await page.goto(`${hub.url}/#/customers/c2`);
  await page.getByRole('button', { name: '修改记录' }).click();
  const drawer = page.getByTestId('history-drawer');
  await expect(drawer.getByRole('heading', { level: 2 })).toHaveText('修改记录 · 杭州云帆科技有限公司');
  const entries = drawer.getByTestId('history-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('从回收站恢复');
  await expect(entries.nth(1)).toContainText('移入回收站');
  await expect(entries.nth(2)).toContainText('办公室电脑');
  await page.screenshot({ path: '/tmp/h10/customer-history.png' });
});

test('审计 (admins): filtered by member, paged newest first, exported to .xlsx', async ({ page }) => {
  await joinAsAdmin(page);
  await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
  await page.getByRole('link', { name: '审计' }).click();
  const audit = page.getByTestId('audit-page');
  await expect(audit.getByTestId('audit-row').first()).toBeVisible();
  await audit.getByLabel('成员', { exact: true }).selectOption({ label: '李娜' });
  await expect(audit.getByTestId('audit-total')).toHaveText('共 3 条修改');
  const rows = audit.getByTestId('audit-row');
  // Joining wrote her member record (on the hub itself), then her follow-up and its edit.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('团队服务器');
  await expect(rows.nth(0)).toContainText('李娜的笔记本');
  await expect(rows.nth(0)).toContainText('当前状态：待回访 → 已报价');
  await expect(rows.nth(0)).toContainText('金额：（空） → ¥128,000');
  await expect(rows.nth(1)).toContainText('新建了这条记录');
  await expect(rows.nth(1)).toContainText('苏州恒信精密机械有限公司 · 发送产品资料');
  await page.screenshot({ path: `${shots}/92-audit.png` });

  const download = page.waitForEvent('download');
  await audit.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^审计记录-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const sheet = book.getWorksheet('审计记录');
  expect(sheet?.getCell('A1').value).toBe('华东销售团队 修改记录审计');
  expect(String(sheet?.getCell('A2').value)).toContain('李娜');
  expect(sheet?.getRow(3).values).toEqual([undefined, '时间', '成员', '电脑', '类型', '记录', '操作', '字段', '旧值', '新值']);
  const lines = [4, 5, 6, 7].map((r) => [5, 6, 7, 8, 9].map((c) => String(sheet?.getRow(r).getCell(c).value ?? '')));
  expect(lines).toEqual([
    ['苏州恒信精密机械有限公司 · 发送产品资料', '修改', '当前状态', '待回访', '已报价'],
    ['苏州恒信精密机械有限公司 · 发送产品资料', '修改', '金额', '（空）', '¥128,000'],
    ['苏州恒信精密机械有限公司 · 发送产品资料', '新建了这条记录', '', '', ''],
    ['李娜', '新建了这条记录', '', '', ''],
  ]);
  expect(sheet?.getRow(4).getCell(2).value).toBe('李娜');
  expect(sheet?.getCell('A4').value).toBeInstanceOf(Date);
  expect(sheet?.rowCount).toBe(7);
});

test('a submitted daily report’s 修改记录: the rep’s edit of a section, restored by an admin', async ({ page }) => {
  const today = toCalendarDate(Date.now(), 480);
  const id = dailyReportId(linaId, today);
  await insertStamped(lina.db.dailyreports, {
    id, memberId: linaId, date: today, status: 'submitted', submittedAt: Date.now(), lateMinutes: 0,
    metrics: { followUps: 2 }, sections: { problems: '华远机械预算还没批下来', solutions: '约财务总监周五面谈', tomorrowPlan: '准备技术方案' }, templateVersion: 1, edits: [], readBy: [],
  }, lina.writer);
  const report = (await lina.db.dailyreports.findOne(id).exec())!;
  await patchStamped(report, { sections: { ...report.sections, problems: '预算已批，等合同' }, edits: [{ at: Date.now(), by: linaId, fields: ['problems'] }] }, lina.writer);
  await lina.sync.awaitInSync();

  await joinAsAdmin(page);
  await page.goto(`${hub.url}/#/reports/${linaId}/${today}`);
  await expect(page.getByTestId('report-history')).toBeVisible();
  await page.getByRole('button', { name: '修改记录' }).click();
  const drawer = page.getByTestId('history-drawer');
  await expect(drawer.getByRole('heading', { level: 2 })).toHaveText(`修改记录 · 李娜 的日报 ${today}`);
  const entries = drawer.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('李娜的笔记本');
  await expect(entries.nth(0)).toContainText('遇到的问题：华远机械预算还没批下来 → 预算已批，等合同');
  await entries.nth(0).getByRole('button', { name: '恢复此值' }).click();
  await drawer.getByRole('alertdialog').getByRole('button', { name: '恢复' }).click();
  await expect(drawer.getByTestId('restore-notice')).toContainText('已把「遇到的问题」恢复为「华远机械预算还没批下来」。');
  await expect.poll(async () => (await lina.db.dailyreports.findOne(id).exec())?.sections['problems'], { timeout: 10_000 }).toBe('华远机械预算还没批下来');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('陈静');
});

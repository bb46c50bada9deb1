import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { CollectionName, SalesDeskDatabase } from '../../shared/db/collections.ts';
import { descKey } from '../../shared/db/schemas/followUpSchema.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped, patchStamped, type Writer } from '../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub, type HubConnection } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { rendererDir } from '../support/rendererDir.ts';

// Reaches the panel through the grid toolbar's 详情 button (opens the selected row's details).
const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });
const ADMIN = 'admin-zhangwei';
const DAY = 24 * 3600_000;

type Desk = { db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync; token: string; deviceId: string; writer: Writer };
let hub: TeamHub;
let dir: string;
let office: Desk;
let wangwu: Desk;
let wangwuId = '';

const desk = async (token: string, deviceId: string, memberId: string, only: CollectionName[]): Promise<Desk> => {
  const db = await openDatabase({ name: `${deviceId}${Date.now()}`, storage: getRxStorageMemory(), only });
  const conn = connectToHub({ hubUrl: hub.url, token, deviceId, now: Date.now, retryMs: 200 });
  return { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }), token, deviceId, writer: { memberId, clock: createHlcClock(deviceId, Date.now), now: Date.now } };
};
const goOffline = async (d: Desk) => {
  await d.sync.stop();
  d.conn.close();
};
const reconnect = (d: Desk) => {
  d.conn = connectToHub({ hubUrl: hub.url, token: d.token, deviceId: d.deviceId, now: Date.now, retryMs: 200 });
  d.sync = startTeamSync(d.db, d.conn, { retryMs: 200 });
};
const followUp = (d: Desk, id: string) => d.db.followups.findOne(id).exec();
const at = (daysAgo: number, hour: number) => {
  const t = new Date(Date.now() - daysAgo * DAY);
  t.setUTCHours(hour - 8, 0, 0, 0);
  return t.getTime();
};
const row = (id: string, customerId: string, daysAgo: number, patch: Parameters<typeof sampleFollowUp>[2] = {}) => {
  const followedAt = at(daysAgo, 10);
  return sampleFollowUp(id, ADMIN, { customerId, followedAt, followedDesc: descKey(followedAt), ...patch });
};

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-detail-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
  const second = await joinTeam(hub.url, { code: hub.issueJoinCode('manager'), name: '王五', deviceName: '王五的电脑' });
  if (!joined.ok || !second.ok) throw new Error('join failed');
  wangwuId = second.value.memberId;
  office = await desk(joined.value.token, 'office01', ADMIN, ['followups', 'members', 'teamsettings', 'customers']);
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: ADMIN, nodeId: 'office01' });
  await office.db.teamsettings.insert(docs.settings);
  await office.db.members.insert(docs.admin);
  const contact = { id: 'ct1', name: '陈经理', title: '采购经理', phone: '', wechat: '', email: '', roles: ['purchase' as const], note: '' };
  await insertStamped(office.db.customers, { ...newCustomerFields('c1', '苏州恒信精密机械有限公司', ADMIN), contacts: [contact] }, office.writer);
  await insertStamped(office.db.customers, newCustomerFields('c2', '杭州云帆科技有限公司', ADMIN), office.writer);
  await office.sync.awaitInSync();
  wangwu = await desk(second.value.token, 'wangwu01', wangwuId, ['followups', 'members']);
  await wangwu.sync.awaitInSync();
});

test.afterAll(async () => {
  for (const d of [office, wangwu]) {
    await goOffline(d);
    await d.db.remove();
  }
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The follow-ups and their edits, written after the browser joined so it replicates each change live. */
const seedFollowUps = async () => {
  const rows = [
    row('f0', 'c1', 9, { summary: '已删除的旧记录' }),
    row('f1', 'c1', 6, { summary: '首次电话沟通，了解设备需求', method: 'phone' }),
    row('f2', 'c1', 3, { summary: '发送产品资料和案例', method: 'wechat' }),
    row('f3', 'c1', 1, { summary: '上门演示，客户对精度很满意', method: 'visit', contactId: 'ct1', nextDate: '2026-12-01', nextAction: '发正式报价' }),
    row('g1', 'c2', 2, { summary: '另一家客户的跟进' }),
  ];
  for (const r of rows) await insertStamped(office.db.followups, r, office.writer);
  await patchStamped((await followUp(office, 'f0'))!, { trashed: true, trashedAt: Date.now() } as never, office.writer);
  await office.sync.awaitInSync();
  // 王五 on his own desktop raises the status; 张伟 then rewrites the summary.
  await expect.poll(async () => (await followUp(wangwu, 'f3'))?.summary, { timeout: 10_000 }).toBe('上门演示，客户对精度很满意');
  await patchStamped((await followUp(wangwu, 'f3'))!, { status: 'quoted', amount: 86000 }, wangwu.writer);
  await wangwu.sync.awaitInSync();
  await expect.poll(async () => (await followUp(office, 'f3'))?.status, { timeout: 10_000 }).toBe('quoted');
  await patchStamped((await followUp(office, 'f3'))!, { summary: '上门演示，客户要求周五前给正式报价' }, office.writer);
  await office.sync.awaitInSync();
};

const panel = (page: Page) => page.getByRole('complementary', { name: '跟进详情' });
const openDetailOfFirstRow = async (page: Page) => {
  await page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(4).click();
  await page.getByRole('button', { name: '详情', exact: true }).click();
  await expect(panel(page)).toBeVisible();
};

test('the row detail panel shows the facts, the customer’s latest follow-ups live, and the history by author', async ({ page }) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
  await page.getByLabel('你的姓名').fill('李娜');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  await seedFollowUps();
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('4 行');
  await openDetailOfFirstRow(page);

  const facts = panel(page).getByTestId('row-detail-facts');
  await expect(facts).toContainText('苏州恒信精密机械有限公司');
  await expect(facts).toContainText('陈经理');
  await expect(facts).toContainText('面访');
  await expect(facts).toContainText('已报价');
  await expect(facts).toContainText('发正式报价');

  // The customer's follow-ups, newest first: not the trashed one, not another customer's.
  const recent = panel(page).getByTestId('row-detail-recent').getByRole('button');
  await expect(recent).toHaveCount(3);
  await expect(recent.nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(recent.nth(1)).toContainText('发送产品资料和案例');
  await expect(recent.nth(2)).toContainText('首次电话沟通');
  await expect(panel(page).getByTestId('row-detail-recent')).not.toContainText('已删除的旧记录');

  // History from the hub: who changed what from what to what, newest first, and from which desktop.
  const history = panel(page).getByTestId('row-detail-history');
  const entries = history.getByTestId('history-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('张伟');
  await expect(entries.nth(0)).toContainText('办公室电脑');
  await expect(entries.nth(0)).toContainText('跟进内容摘要：上门演示，客户对精度很满意 → 上门演示，客户要求周五前给正式报价');
  await expect(entries.nth(1)).toContainText('王五');
  await expect(entries.nth(1)).toContainText('王五的电脑');
  await expect(entries.nth(1)).toContainText('当前状态：待回访 → 已报价');
  await expect(entries.nth(1)).toContainText('金额：（空） → ¥86,000');
  await expect(entries.nth(2)).toContainText('新建了这条记录');
  await page.screenshot({ path: `${shots}/40-row-detail.png` });

  // A teammate's new follow-up and edit show up without reopening the panel.
  await insertStamped(office.db.followups, row('f4', 'c1', 0, { summary: '客户来电确认预算已批', method: 'phone' }), office.writer);
  await expect(recent).toHaveCount(4);
  await expect(recent.nth(0)).toContainText('客户来电确认预算已批');
  await patchStamped((await followUp(wangwu, 'f3'))!, { remark: '老板周五出差' }, wangwu.writer);
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText('备注：（空） → 老板周五出差');
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/41-row-detail-history.png` });

  // Jumping to another of the customer's follow-ups.
  await recent.filter({ hasText: '首次电话沟通' }).click();
  await expect(facts).toContainText('首次电话沟通，了解设备需求');
  await expect(recent.filter({ hasText: '首次电话沟通' })).toHaveAttribute('aria-current', 'true');

  // Two desktops change the same field offline: the panel shows the open conflict and opens the dialog.
  await Promise.all([goOffline(office), goOffline(wangwu)]);
  await patchStamped((await followUp(office, 'f1'))!, { status: 'quoted' }, { ...office.writer, clock: createHlcClock('office01', () => 2_000_000_000_000) });
  await patchStamped((await followUp(wangwu, 'f1'))!, { status: 'negotiating' }, { ...wangwu.writer, clock: createHlcClock('wangwu01', () => 2_000_000_000_500) });
  reconnect(office);
  await office.sync.awaitInSync();
  reconnect(wangwu);
  const notice = panel(page).getByRole('alert');
  await expect(notice).toContainText('此行有 1 处修改需要确认：当前状态');
  await page.screenshot({ path: `${shots}/42-row-detail-conflict.png` });
  await notice.getByRole('button', { name: '去确认' }).click();
  await expect(page.getByRole('dialog', { name: '需要确认的修改' })).toContainText('也修改了 当前状态');
  await page.getByRole('dialog').getByRole('button', { name: '改用“已报价”' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('button', { name: '关闭', exact: true }).click();

  await panel(page).getByRole('button', { name: '关闭详情' }).click();
  await expect(panel(page)).toHaveCount(0);
});

test('a desktop without a team hub says where the history lives instead of failing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /创建团队/ }).click();
  await page.getByLabel('团队名称').fill('本机团队');
  await page.getByLabel('你的姓名').fill('张伟');
  await page.getByRole('checkbox').uncheck();
  await page.getByRole('button', { name: '开始使用' }).click();
  await page.getByRole('button', { name: '新增一行' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('1 行');
  await openDetailOfFirstRow(page);
  await expect(panel(page).getByTestId('row-detail-history')).toContainText('历史记录保存在团队服务器上，连接后可查看');
  await expect(panel(page)).toContainText('该客户还没有其他跟进。');
  await page.screenshot({ path: `${shots}/43-row-detail-local.png` });
});

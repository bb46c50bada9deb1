import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import { dailyReportId } from '../../shared/db/schemas/dailyReportSchema.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped, type Writer } from '../../shared/db/stampedWrites.ts';
import { startOfCalendarDate, toCalendarDate } from '../../shared/domain/calendarDate.ts';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub, type HubConnection } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { closeOffice } from '../support/closeOffice.ts';

const shots = 'tests/screenshots';
const ADMIN = 'admin-zhangwei';
const OFFSET = 480;
let hub: TeamHub;
let dir: string;
let office: { db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync; writer: Writer };

/** The sample team (the onboarding's 载入示例数据, same seed), created by its admin on the office PC and pushed to the hub. */
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-team-reports-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['members', 'teamsettings', 'customers', 'followups', 'dailyreports', 'comments', 'notifications'] });
  const now = Date.now();
  const team = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now, memberId: ADMIN, nodeId: 'office' });
  const demo = generateDemoData({ seed: 20261123, now, adminId: ADMIN });
  await db.teamsettings.insert(team.settings);
  await db.members.bulkInsert([team.admin, ...demo.members]);
  await db.customers.bulkInsert(demo.customers);
  await db.followups.bulkInsert(demo.followUps);
  await db.dailyreports.bulkInsert(demo.dailyReports);
  await db.comments.bulkInsert(demo.comments);
  const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
  office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }), writer: { memberId: ADMIN, clock: createHlcClock('office', Date.now), now: Date.now } };
  await office.sync.awaitInSync();
});

test.afterAll(() => closeOffice(office, hub, dir));

const joinAs = async (browser: Browser, role: 'manager' | 'rep', name: string): Promise<Page> => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode(role));
  await page.getByLabel('你的姓名').fill(name);
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  return page;
};

/** The office PC (admin) records a rep's submitted report for today, as the rep's desktop would have. */
const submitToday = async (memberId: string, today: string, sections: Record<string, string>) => {
  const submittedAt = Date.now();
  const deadline = startOfCalendarDate(today, OFFSET) + 20 * 3_600_000;
  await insertStamped(office.db.dailyreports, {
    id: dailyReportId(memberId, today), memberId, date: today, status: 'submitted', submittedAt,
    lateMinutes: Math.max(0, Math.ceil((submittedAt - deadline) / 60_000)),
    metrics: { followUps: 5, newLeads: 1, quotes: 2, won: 0, wonAmount: 0 }, sections, templateVersion: 1, edits: [], readBy: [],
  }, office.writer);
};

const member = async (name: string) => {
  let id = '';
  await expect.poll(async () => (id = (await office.db.members.findOne({ selector: { name } }).exec())?.id ?? ''), { timeout: 15_000 }).not.toBe('');
  return id;
};

test('a manager reads the team’s day, nudges a missing rep, comments with an @mention; the rep sees it', async ({ browser }) => {
  test.setTimeout(300_000);
  const today = toCalendarDate(Date.now(), OFFSET);
  const rep = await joinAs(browser, 'rep', '李娜');
  const linaId = await member('李娜');
  // A sample-team rep has reported today; 赵强 (added a month ago, no reports) has not.
  await insertStamped(office.db.members, { id: 'rep-zq', name: '赵强', role: 'rep', managerId: 'mgr01', department: '销售二部', phone: '', email: '', active: true, joinedAt: Date.now() - 86_400_000 * 30, monthlyTarget: 0 }, office.writer);
  const colleague = (await office.db.members.find({ selector: { role: 'rep' } }).exec()).find((m) => m.id.startsWith('rep0'))!;
  if (!(await office.db.dailyreports.findOne(dailyReportId(colleague.id, today)).exec())) {
    await submitToday(colleague.id, today, { problems: '客户对交期有顾虑', solutions: '协调生产排期后回复', tomorrowPlan: '1. 拜访华远机械\n2. 发送报价单' });
  }
  await submitToday(linaId, today, { problems: '华远机械预算还没批下来', solutions: '约财务总监周五面谈', tomorrowPlan: '1. 准备技术方案\n2. 跟进东方电气报价' });

  const manager = await joinAs(browser, 'manager', '陈主管');
  await manager.evaluate((hash) => (window.location.hash = hash), `#/reports/team/${today}`);
  await expect(manager.getByRole('heading', { name: '团队日报' })).toBeVisible();
  const card = (name: string) => manager.getByTestId('rep-report').filter({ has: manager.getByRole('link', { name: `查看 ${name} 的日报` }) });
  await expect(card('李娜').getByTestId('report-status')).toHaveText(/^(已提交|迟交 \d+ 分钟)$/, { timeout: 30_000 });
  await expect(card('李娜')).toContainText('华远机械预算还没批下来');
  await expect(card('赵强').getByTestId('report-status')).toHaveText('未提交');
  await expect(manager.getByTestId('anomaly').first()).toBeVisible({ timeout: 30_000 });
  await expect(manager.getByTestId('anomaly').first()).toHaveAttribute('title', /\d+ 个|转化率/);
  await expect(manager.getByTestId('team-rate-row')).toContainText('%');

  // 催交 赵强: one notification document, and the button says when.
  await card('赵强').getByRole('button', { name: '催交' }).click();
  await expect(card('赵强').getByTestId('nudged')).toHaveText(/^已催交 \d\d:\d\d$/);
  await expect.poll(async () => (await office.db.notifications.findOne(`nudge_rep-zq_${today}`).exec())?.toJSON(), { timeout: 15_000 }).toMatchObject({
    recipientId: 'rep-zq', kind: 'nudge', targetType: 'dailyReport', targetId: `rep-zq_${today}`, readAt: 0,
  });
  // The page scrolls inside the app frame: a tall window shows all of it at once.
  await manager.setViewportSize({ width: 1366, height: 1500 });
  await manager.locator('.content').evaluate((el) => el.scrollTo(0, 0));
  await manager.screenshot({ path: `${shots}/72-team-reports.png` });
  await manager.setViewportSize({ width: 1366, height: 820 });

  // Open 李娜's report and comment, mentioning the colleague picked from the member list.
  await card('李娜').getByRole('link', { name: '查看 李娜 的日报' }).click();
  await expect(manager).toHaveURL(new RegExp(`#/reports/${linaId}/${today}$`));
  const box = manager.getByLabel('写批注，输入 @ 提到同事…');
  await box.click();
  await box.pressSequentially('预算的事请@');
  const colleagueName = colleague.name;
  await box.pressSequentially(colleagueName.slice(0, 1));
  await manager.getByRole('option', { name: colleagueName, exact: true }).click();
  await box.pressSequentially('帮忙约一下财务总监，周五前给我回复。');
  await expect(box).toHaveValue(`预算的事请@${colleagueName} 帮忙约一下财务总监，周五前给我回复。`);
  await manager.getByRole('button', { name: '发送' }).click();
  await expect(manager.getByTestId('comment')).toContainText('帮忙约一下财务总监');
  await expect.poll(async () => (await office.db.comments.findOne({ selector: { targetId: dailyReportId(linaId, today) } }).exec())?.toJSON(), { timeout: 15_000 }).toMatchObject({ authorId: expect.any(String), mentions: [colleague.id] });
  await expect.poll(async () => (await office.db.notifications.find({ selector: { targetId: dailyReportId(linaId, today) } }).exec()).map((n) => `${n.kind}:${n.recipientId}`).sort(), { timeout: 15_000 }).toEqual(
    [`comment:${linaId}`, `mention:${colleague.id}`].sort(),
  );
  await expect.poll(async () => (await office.db.dailyreports.findOne(dailyReportId(linaId, today)).exec())?.readBy.length, { timeout: 15_000 }).toBe(1);

  // The rep: the 日报 badge counts the unread comment; opening the report shows it marked new and the manager's receipt.
  const nav = rep.getByRole('navigation');
  await expect(nav.getByTestId('reports-badge')).toHaveText('1', { timeout: 30_000 });
  await nav.getByRole('button', { name: /日报/ }).click();
  await expect(rep).toHaveURL(/#\/reports/);
  await rep.evaluate((hash) => (window.location.hash = hash), `#/reports/${linaId}/${today}`);
  await expect(rep.getByTestId('comment')).toContainText('帮忙约一下财务总监');
  await expect(rep.getByTestId('comment-new')).toHaveText('新');
  await expect(rep.getByTestId('read-receipt')).toHaveText(/主管已读 \d+月\d+日 \d\d:\d\d/);
  await expect(nav.getByTestId('reports-badge')).toHaveCount(0);
  await expect.poll(async () => (await office.db.comments.findOne({ selector: { targetId: dailyReportId(linaId, today) } }).exec())?.readBy.map((r) => r.memberId), { timeout: 15_000 }).toEqual([linaId]);
  await rep.setViewportSize({ width: 1366, height: 1300 });
  await rep.getByTestId('report-feedback').scrollIntoViewIfNeeded();
  await rep.screenshot({ path: `${shots}/73-report-comments.png` });
});

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { dailyReportId } from '../../shared/db/schemas/dailyReportSchema.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { generateDemoData } from '../../shared/demo/generateDemoData.ts';
import { addDays, startOfCalendarDate, toCalendarDate } from '../../shared/domain/calendarDate.ts';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import type { GridLookups } from '../../shared/grid/gridTypes.ts';
import { isReportDay } from '../../shared/reports/reportDays.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub, type HubConnection } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { dayContext } from '../../shared/today/dayContext.ts';
import { selectMyDay } from '../../shared/today/selectMyDay.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';
import { closeOffice } from '../support/closeOffice.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Tuesday 2026-12-01, 10:30 in Shanghai: the browser's clock while the sample team is made and read. */
const SAMPLE_NOW = Date.UTC(2026, 11, 1, 2, 30);
/** The sample team's seed (useCreateTeam's DEMO_SEED): with the clock fixed, the browser makes exactly this data. */
const DEMO_SEED = 20261123;

/** The same sample team, generated here from the same seed and clock, and a rep's day computed from it. */
const expectedDay = (memberIndex: number) => {
  const demo = generateDemoData({ seed: DEMO_SEED, now: SAMPLE_NOW, adminId: 'any' });
  const member = demo.members.filter((m) => m.role === 'rep')[memberIndex];
  if (!member) throw new Error('no such rep in the sample team');
  const settings = defaultTeamSettings('华东销售团队', '');
  const lookups: GridLookups = {
    customers: new Map(demo.customers.map((c) => [c.id, { name: c.name, stage: c.stage, contacts: [] }])),
    members: new Map(),
    options: settings.options,
    customFields: [],
    utcOffsetMinutes: 480,
  };
  const owners = new Map(demo.customers.map((c) => [c.id, c.ownerId]));
  const day = selectMyDay(demo.followUps, { memberId: member.id, ctx: dayContext(member.id, SAMPLE_NOW, 480), lookups, customerOwners: owners });
  return { member, day, rows: new Map(demo.followUps.map((f) => [f.id, f])) };
};

/** The grid row holding the active cell, and the text of one of its cells. */
const selectedRow = (page: Page) => page.locator('[role=row]:has([role=gridcell][aria-selected=true])');
const gridColumns = ['客户', '联系人', '跟进时间', '跟进方式', '跟进内容摘要'];
const selectedCell = (page: Page, column: string) => selectedRow(page).locator('[role=gridcell]').nth(gridColumns.indexOf(column));

test('今日 lists a rep’s day with counts; a click opens the row in the grid; a link to rows shows exactly them', async ({ page }) => {
  await page.clock.setFixedTime(SAMPLE_NOW);
  await createSampleTeam(page);

  // 今日 comes first in the navigation. The admin has no follow-ups of their own: calm empty lists.
  const nav = page.getByRole('navigation').getByRole('button');
  await expect(nav.first()).toHaveText('今日');
  await nav.first().click();
  await expect(page.getByRole('heading', { name: '今日', level: 1 })).toBeVisible();
  await expect(page.getByText('12月1日 星期二')).toBeVisible();
  await expect(page.getByTestId('today-dueToday')).toContainText('今天没有待跟进的客户');
  await expect(page.getByTestId('today-overdue-count')).toHaveText('0');
  await expect(page.getByTestId('today-report-status')).toHaveText('未提交');

  // A manager (here the admin) switches to a rep: the counts are that rep's, as computed from the same data.
  const { member, day, rows } = expectedDay(2);
  await page.getByLabel('查看成员').selectOption({ label: `${member.name}（销售）` });
  await expect(page.getByTestId('today-dueToday-count')).toHaveText(String(day.dueToday.filter((i) => !i.done).length));
  await expect(page.getByTestId('today-overdue-count')).toHaveText(String(day.overdue.length));
  await expect(page.getByTestId('today-neverRecontacted-count')).toHaveText(String(day.neverRecontacted.length));
  await expect(page.getByTestId('today-stalled-count')).toHaveText(String(day.stalled.length));
  expect(day.overdue.length).toBeGreaterThan(0);
  expect(day.dueToday.length).toBeGreaterThan(0);
  await expect(page.getByTestId('today-overdue').locator('li')).toHaveCount(Math.min(8, day.overdue.length));
  const firstLate = day.overdue[0];
  if (!firstLate) throw new Error('no overdue item');
  await expect(page.getByTestId('today-overdue').locator('li').first()).toContainText(firstLate.customerName);
  await expect(page.getByTestId('today-overdue').locator('li').first()).toContainText(`逾期 ${firstLate.days} 天`);
  // The report card reads the rep's report of today (the sample team's reps have not written today's yet at 10:30).
  await expect(page.getByTestId('today-report')).toHaveAttribute('href', `#/reports/${member.id}/2026-12-01`);
  await page.screenshot({ path: `${shots}/75-today.png` });

  // One click opens the grid with that row selected and in sight.
  await page.getByTestId('today-overdue').locator('li a').first().click();
  await expect(page.getByTestId('grid-count')).toHaveText('5000 行');
  await expect(selectedCell(page, '客户')).toHaveText(firstLate.customerName);
  await expect(selectedCell(page, '跟进内容摘要')).toHaveText(rows.get(firstLate.rowId)?.summary ?? '');
  await expect(selectedRow(page)).toBeInViewport();
  await expect(page).toHaveURL(/#\/followups$/);

  // A row the current view hides: the grid switches to 全部 first.
  const notOverdue = day.dueToday.find((i) => i.done);
  if (!notOverdue) throw new Error('no due item');
  await page.getByRole('tab', { name: '已逾期' }).click();
  const overdueCount = (await page.getByTestId('grid-count').textContent()) ?? '';
  expect(overdueCount).not.toBe('5000 行');
  await page.evaluate((id) => (window.location.hash = `#/followups/row/${id}`), notOverdue.rowId);
  await expect(page.getByRole('tab', { name: '全部' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('grid-count')).toHaveText('5000 行');
  await expect(selectedCell(page, '跟进内容摘要')).toHaveText(rows.get(notOverdue.rowId)?.summary ?? '');
  await expect(selectedRow(page)).toBeInViewport();

  // A link to a set of rows shows exactly those, named by a chip; × returns to the view that was on show.
  await page.getByRole('tab', { name: '已逾期' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText(overdueCount);
  const named = ['f000010', 'f000020', 'f000030'];
  await page.evaluate((ids) => (window.location.hash = `#/followups/ids/${ids.join(',')}?title=${encodeURIComponent('新增线索 · 12月1日')}`), named);
  await expect(page.getByTestId('grid-count')).toHaveText('3 行');
  await expect(page.getByTestId('linked-rows')).toContainText('指定记录：新增线索 · 12月1日');
  await expect(page.getByRole('tab', { selected: true })).toHaveCount(0);
  const summaries = await page.locator('[role=row][aria-rowindex] [role=gridcell]:nth-child(6)').allTextContents();
  expect(summaries.sort()).toEqual(named.map((id) => rows.get(id)?.summary ?? '').sort());
  await page.getByRole('button', { name: '关闭「新增线索 · 12月1日」，回到原来的视图' }).click();
  await expect(page.getByTestId('linked-rows')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: '已逾期' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('grid-count')).toHaveText(overdueCount);
  // Without a title the chip counts the rows.
  await page.evaluate(() => (window.location.hash = '#/followups/ids/f000001,f000002'));
  await expect(page.getByTestId('linked-rows')).toContainText('2 条指定记录');
  await expect(page.getByTestId('grid-count')).toHaveText('2 行');
});

test.describe('reminders that reach the person', () => {
  let hub: TeamHub;
  let dir: string;
  let office: { db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync };
  const writer = { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now };

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-today-'));
    hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
    const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: 'admin-zhangwei' });
    if (!joined.ok) throw new Error(joined.message);
    const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers', 'dailyreports', 'notifications'] });
    const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: 'admin-zhangwei', nodeId: 'office' });
    await db.teamsettings.insert(docs.settings);
    await db.members.insert(docs.admin);
    const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
    office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }) };
    await office.sync.awaitInSync();
  });

  test.afterAll(() => closeOffice(office, hub, dir));

  /** Browser notifications the page created, captured around the real Notifications API (never replacing it). */
  const shownTitles = (page: Page) => page.evaluate(() => (window as unknown as { __shown: { title: string }[] }).__shown.map((n) => n.title));

  test('deadline, 催交 and 批注 reach the rep as browser notifications; muting holds one back; the bell opens and marks read', async ({ page, context }) => {
    // The latest report day (Mon–Fri) up to today in Shanghai, at 19:35: the report (due 20:00) is 25 minutes from its deadline.
    let today = toCalendarDate(Date.now(), 480);
    while (!isReportDay(today)) today = addDays(today, -1);
    await page.clock.setFixedTime(startOfCalendarDate(today, 480) + (19 * 60 + 35) * 60_000);
    await context.grantPermissions(['notifications'], { origin: hub.url });
    await context.addInitScript(() => {
      const Real = window.Notification;
      const shown: { title: string; body: string; n: Notification }[] = [];
      class Captured extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          shown.push({ title, body: options?.body ?? '', n: this });
        }
      }
      Object.defineProperty(Captured, 'permission', { get: () => Real.permission });
      Object.defineProperty(Captured, 'requestPermission', { value: (...args: Parameters<typeof Real.requestPermission>) => Real.requestPermission(...args) });
      Object.assign(window, { Notification: Captured, __shown: shown });
    });

    // A rep joins the team from the browser.
    await page.goto(hub.url);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(hub.issueJoinCode('rep'));
    await page.getByLabel('你的姓名').fill('李娜');
    // The hub gives the joiner a member id: read it from the hub's answer.
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/team/join'));
    await page.getByRole('button', { name: '加入' }).click();
    const rep = ((await (await answer).json()) as { value: { memberId: string } }).value.memberId;
    await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
    const reportHash = `#/reports/${rep}/${today}`;

    // The report deadline is 25 minutes away and today's report is not submitted: one reminder, once.
    await expect.poll(() => shownTitles(page), { timeout: 20_000 }).toContain('日报 25 分钟后截止');
    // A plan for today, assigned to the rep by the office: the morning summary (it is past 08:30) comes too.
    await insertStamped(office.db.customers, newCustomerFields('c-hz', '杭州云栖新材料有限公司', rep), writer);
    await insertStamped(office.db.followups, sampleFollowUp('f-plan', rep, { customerId: 'c-hz', followedAt: startOfCalendarDate(addDays(today, -1), 480) + 10 * 3_600_000, nextDate: today, nextAction: '下午3点电话确认报价' }), writer);
    await expect.poll(() => shownTitles(page), { timeout: 20_000 }).toContain('今日待跟进');
    expect((await shownTitles(page)).filter((title) => title === '日报 25 分钟后截止')).toHaveLength(1);
    // Clicking a notification opens what it is about: today's report.
    await page.evaluate(() => (window as unknown as { __shown: { title: string; n: Notification }[] }).__shown.find((s) => s.title === '日报 25 分钟后截止')?.n.dispatchEvent(new Event('click')));
    await expect(page).toHaveURL(new RegExp(`${reportHash}$`));

    // 团队设置 → 提醒: the browser already allows notifications; the rep mutes 催交.
    await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
    const panel = page.getByTestId('reminder-settings');
    await expect(panel.getByTestId('notification-permission')).toHaveText('浏览器已允许桌面通知。');
    await panel.getByRole('checkbox', { name: /催交/ }).uncheck();
    await expect(panel.getByRole('checkbox', { name: /催交/ })).not.toBeChecked();
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/76-reminders-settings.png` });

    // The manager nudges and comments (written on the office desktop, synced through the hub).
    const nudge = { id: `nudge_${dailyReportId(rep, today)}`, recipientId: rep, senderId: 'admin-zhangwei', kind: 'nudge' as const, title: '张伟 催你提交今天的日报', body: '今天的日报还没交，下班前记得提交。', targetType: 'dailyReport', targetId: dailyReportId(rep, today), readAt: 0 };
    const comment = { id: 'n_comment1_rep', recipientId: rep, senderId: 'admin-zhangwei', kind: 'comment' as const, title: '张伟 批注了你的日报', body: '杭州云栖这单，报价前先确认预算。', targetType: 'dailyReport', targetId: dailyReportId(rep, today), readAt: 0 };
    await insertStamped(office.db.notifications, nudge, writer);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await insertStamped(office.db.notifications, comment, writer);
    await expect.poll(() => shownTitles(page), { timeout: 20_000 }).toContain('张伟 批注了你的日报');
    // The nudge arrived first, yet nothing was shown for it: 催交 is muted.
    await page.waitForTimeout(1500);
    expect(await shownTitles(page)).not.toContain('张伟 催你提交今天的日报');
    // Unmuted, the still-unread nudge comes through: the mute was what held it back.
    await panel.getByRole('checkbox', { name: /催交/ }).check();
    await expect.poll(() => shownTitles(page), { timeout: 20_000 }).toContain('张伟 催你提交今天的日报');

    // The bell counts both unread messages and lists them; a click opens the report and marks that one read.
    await expect(page.getByTestId('notification-unread')).toHaveText('2');
    await page.getByTestId('notification-bell').click();
    const list = page.getByTestId('notification-list');
    await expect(list.locator('li')).toHaveCount(2);
    // Newest first: the comment came after the nudge.
    await expect(list.locator('li').first()).toContainText('张伟 批注了你的日报');
    await expect(list.locator('li').last()).toContainText('张伟 催你提交今天的日报');
    await page.screenshot({ path: `${shots}/77-notification-bell.png` });
    await list.getByText('张伟 批注了你的日报').click();
    await expect(page).toHaveURL(new RegExp(`${reportHash}$`));
    await expect(page.getByTestId('notification-unread')).toHaveText('1');
    // The read mark is the rep's own write, allowed by the hub and synced back to the office.
    await expect.poll(async () => (await office.db.notifications.findOne(comment.id).exec())?.readAt ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    // Nothing was ever shown twice.
    const titles = await shownTitles(page);
    expect(titles.length).toBe(new Set(titles).size);
  });
});

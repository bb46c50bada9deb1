import { descKey } from '../../shared/db/schemas/followUpSchema.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped, patchStamped } from '../../shared/db/stampedWrites.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub, type HubConnection } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync, type TeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { closeOffice } from '../support/closeOffice.ts';

const shots = 'tests/screenshots';
let hub: TeamHub;
let dir: string;
let office: { db: SalesDeskDatabase; conn: HubConnection; sync: TeamSync };
let officeToken = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-hub-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  // The office PC's desktop (a Node RxDB client) bootstraps the team as its admin.
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: 'admin-zhangwei' });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers', 'dailyreports'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: 'admin-zhangwei', nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  officeToken = joined.value.token;
  const conn = connectToHub({ hubUrl: hub.url, token: officeToken, deviceId: 'office', now: Date.now, retryMs: 200 });
  office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }) };
  await office.sync.awaitInSync();
});

test.afterAll(() => closeOffice(office, hub, dir));

test('a browser joins the hub and edits live against a Node client', async ({ page }) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await expect(page.getByLabel('团队服务器地址')).toHaveValue(new URL(hub.url).host);
  await page.getByLabel('加入码').fill('WRONG-123');
  await page.getByLabel('你的姓名').fill('李娜');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByText('加入码应为 24 位字母数字')).toBeVisible();
  await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
  await page.screenshot({ path: `${shots}/10-join-team.png` });
  await page.getByRole('button', { name: '加入' }).click();

  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
  await expect(page.getByTestId('team-name')).toHaveText('华东销售团队');

  // Node client writes → the browser sees it live.
  await insertStamped(
    office.db.followups,
    sampleFollowUp('f-live', 'admin-zhangwei', { summary: '电话沟通，客户约下周面谈' }),
    { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now },
  );
  await expect(page.getByTestId('status-counts')).toContainText('1 条跟进');

  // The browser edits → the Node client sees it live.
  // The 保存 beside the team name (团队设置 has other panels with their own 保存).
  const saveTeamName = () => page.getByLabel('修改团队名称').locator('xpath=..').getByRole('button', { name: '保存' }).click();
  await page.getByLabel('修改团队名称').fill('华东大客户组');
  await saveTeamName();
  await expect(page.getByTestId('team-name')).toHaveText('华东大客户组');
  await expect.poll(async () => (await office.db.teamsettings.findOne('team').exec())?.teamName, { timeout: 10_000 }).toBe('华东大客户组');

  // Same field edited on both sides while the office PC is offline: one wins everywhere, the other waits.
  await office.sync.stop();
  office.conn.close();
  const officeWriter = { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now };
  await patchStamped((await office.db.teamsettings.findOne('team').exec())!, { teamName: '华东渠道组' }, officeWriter);
  await page.getByLabel('修改团队名称').fill('华东大客户组二');
  await saveTeamName();
  await expect(page.getByTestId('team-name')).toHaveText('华东大客户组二');
  office.conn = connectToHub({ hubUrl: hub.url, token: officeToken, deviceId: 'office', now: Date.now, retryMs: 200 });
  office.sync = startTeamSync(office.db, office.conn, { retryMs: 200 });
  await page.getByTestId('conflict-count').click();
  const line = page.getByText('张伟 也修改了 团队名称：华东大客户组二 → 华东渠道组 — 保留哪个？');
  await expect(line).toBeVisible();
  await page.screenshot({ path: `${shots}/12-conflict.png` });
  await page.getByRole('button', { name: '改用“华东渠道组”' }).click();
  await expect(page.getByTestId('team-name')).toHaveText('华东渠道组');
  await expect(page.getByTestId('conflict-count')).toHaveCount(0);
  await page.getByRole('button', { name: '关闭' }).click();
  await expect.poll(async () => (await office.db.teamsettings.findOne('team').exec())?.toJSON(), { timeout: 10_000 }).toMatchObject({ teamName: '华东渠道组', conflicts: [] });

  await page.getByRole('button', { name: '生成加入码' }).click();
  await expect(page.getByTestId('invite-code')).toContainText(/加入码：[A-Z2-9]{4}-[A-Z2-9]{4}/);
  await expect(page.getByRole('heading', { name: '成员（2）' })).toBeVisible();
  await page.screenshot({ path: `${shots}/11-settings-synced.png`, fullPage: true });
});

test('a row a teammate adds while you edit a cell does not move your edit to another row', async ({ page }) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
  await page.getByLabel('你的姓名').fill('王芳');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  const count = page.getByTestId('grid-count');
  await expect(count).toHaveText('1 行');

  // Start editing the summary of the only row (f-live), then a teammate adds a newer row: it sorts on top.
  const summary = page.locator('[role=row][aria-rowindex="1"] [role=gridcell]').nth(4);
  await summary.click();
  await page.keyboard.type('客户确认预算');
  await insertStamped(
    office.db.followups,
    sampleFollowUp('f-newer', 'admin-zhangwei', { summary: '新线索', followedAt: Date.now(), followedDesc: descKey(Date.now()) }),
    { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now },
  );
  await expect(count).toHaveText('2 行');
  await page.keyboard.press('Enter');
  // The edit lands on the row it was typed into, and the selection moved with that row.
  await expect.poll(async () => (await office.db.followups.findOne('f-live').exec())?.summary, { timeout: 10_000 }).toBe('客户确认预算');
  expect((await office.db.followups.findOne('f-newer').exec())?.summary).toBe('新线索');
  await expect(page.locator('[role=row][aria-rowindex="2"] [role=gridcell]').nth(4)).toHaveText('客户确认预算');
});

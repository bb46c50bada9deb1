import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { excel } from '../../shared/exporter/excel.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { closeOffice, type OfficeDesk } from '../support/closeOffice.ts';

const shots = 'tests/screenshots';
let hub: TeamHub;
let dir: string;
let office: OfficeDesk;
const ADMIN = 'admin-zhangwei';
const officeWriter = () => ({ memberId: ADMIN, clock: createHlcClock('office', Date.now), now: Date.now });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-safety-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  // The office PC's desktop (a Node RxDB client) made the team and keeps a full copy of it.
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `safety${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: ADMIN, nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  await insertStamped(db.followups, sampleFollowUp('f-before', ADMIN, { summary: '备份前的电话沟通' }), officeWriter());
  const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
  office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }) };
  await office.sync.awaitInSync();
});

test.afterAll(() => closeOffice(office, hub, dir));

test('an admin backs up, restores (the app keeps working) and exports the whole team', async ({ page }) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
  await page.getByLabel('你的姓名').fill('李娜');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();

  const panel = page.getByTestId('data-safety');
  await expect(panel.getByRole('heading', { name: '数据安全' })).toBeVisible();
  await expect(panel.getByText('还没有备份')).toBeVisible();
  await panel.getByRole('button', { name: '立即备份' }).click();
  await expect(panel.getByTestId('data-safety-note')).toContainText(/已备份（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）/);
  const rows = panel.getByTestId('backup-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('手动');
  await expect(rows.first()).toContainText('1 条跟进');

  // After the backup the office PC logs a call: the backup lacks it, the office still holds it.
  await insertStamped(office.db.followups, sampleFollowUp('f-after', ADMIN, { summary: '备份后的面谈' }), officeWriter());
  await expect(page.getByTestId('status-counts')).toContainText('2 条跟进');

  await rows.first().getByRole('button', { name: '恢复' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('之后新增或修改的数据，如果没有任何一台电脑还保存着，就会丢失');
  await expect(dialog).toContainText('每台电脑会自动断开并重新同步');
  await page.screenshot({ path: `${shots}/93-data-safety-restore.png` });
  await dialog.getByRole('button', { name: '恢复此备份' }).click();
  await expect(panel.getByTestId('data-safety-note')).toContainText('已恢复到');
  await expect(rows).toHaveCount(2);
  await expect(panel.getByTestId('backup-table')).toContainText('恢复前');

  // The app keeps working: the hub has both calls again (the office re-pushed its own) and the page syncs.
  await expect.poll(() => hub.store.get('followups', ['f-before', 'f-after']).size, { timeout: 20_000 }).toBe(2);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  await expect(page.getByTestId('status-counts')).toContainText('2 条跟进');
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${shots}/93-data-safety.png` });
  await page.getByLabel('修改团队名称').fill('华东大客户组');
  await page.getByLabel('修改团队名称').locator('xpath=..').getByRole('button', { name: '保存' }).click();
  await expect.poll(async () => (await office.db.teamsettings.findOne('team').exec())?.teamName, { timeout: 20_000 }).toBe('华东大客户组');

  // 导出全部数据: one workbook, a sheet per collection with Chinese headers and readable values.
  const [workbook] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出全部数据（.xlsx）' }).click()]);
  expect(workbook.suggestedFilename()).toMatch(/^团队全部数据_华东大客户组_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = await excel.readXlsx(readFileSync(await workbook.path()));
  expect(book.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['说明', '客户', '跟进记录', '日报', '批注', '成员', '团队设置']));
  const followUps = book.getWorksheet('跟进记录');
  expect((followUps?.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['客户', '联系人', '跟进时间', '跟进方式']);
  const summaries = followUps?.getColumn(5).values.slice(2);
  expect(summaries).toEqual(expect.arrayContaining(['备份前的电话沟通', '备份后的面谈']));
  const members = book.getWorksheet('成员');
  expect(members?.getColumn(1).values.slice(2)).toEqual(expect.arrayContaining(['张伟', '李娜']));
  expect(members?.getColumn(2).values.slice(2)).toEqual(expect.arrayContaining(['管理员']));
  await expect(panel.getByTestId('data-safety-note')).toContainText('已导出：团队全部数据_');

  // 导出归档: the machine-readable archive a new hub imports.
  const [archive] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出归档（.archive）' }).click()]);
  expect(archive.suggestedFilename()).toMatch(/\.archive$/);
  const first = JSON.parse(gunzipSync(readFileSync(await archive.path())).toString('utf8').split('\n')[0] ?? '{}') as { format?: string; hubId?: string };
  expect(first).toMatchObject({ format: 'salesdesk-team-archive', hubId: hub.store.hubId });
});

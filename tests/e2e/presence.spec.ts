import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
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

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-presence-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: 'admin-zhangwei' });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: 'admin-zhangwei', nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  const writer = { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now };
  await insertStamped(db.followups, sampleFollowUp('f1', 'admin-zhangwei', { summary: '电话沟通，客户约下周面谈' }), writer);
  await insertStamped(db.followups, sampleFollowUp('f2', 'admin-zhangwei', { summary: '发送报价单' }), writer);
  const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
  office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }) };
  await office.sync.awaitInSync();
});

test.afterAll(() => closeOffice(office, hub, dir));

test('a teammate’s open editor shows on the cell, both ways', async ({ page }) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode('admin'));
  await page.getByLabel('你的姓名').fill('李娜');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  const summary = page.getByRole('gridcell').filter({ hasText: '电话沟通，客户约下周面谈' });
  await expect(summary).toBeVisible();

  // The office PC opens an editor on 跟进内容摘要 of f1: the browser shows who.
  office.sync.presence.setEditing({ collection: 'followups', id: 'f1', field: 'summary' });
  await expect(summary.getByTestId('presence-badge')).toHaveText('张伟 正在编辑');
  await expect(page.getByTestId('presence-badge')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/50-presence-badge.png` });
  await summary.screenshot({ path: `${shots}/51-presence-cell.png` });

  // The browser opens an editor: the office PC sees 李娜 on that cell; Escape closes it for everyone.
  const other = page.getByRole('gridcell').filter({ hasText: '发送报价单' });
  await other.dblclick();
  await expect.poll(() => [...office.sync.presence.presence$.value.values()].map((e) => [e.deviceId === 'office', e.editing.id, e.editing.field])).toEqual([[false, 'f2', 'summary']]);
  await page.keyboard.press('Escape');
  await expect.poll(() => office.sync.presence.presence$.value.size).toBe(0);

  // The office PC closes its editor: the badge goes.
  office.sync.presence.setEditing(null);
  await expect(page.getByTestId('presence-badge')).toHaveCount(0);
});

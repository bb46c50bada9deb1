import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { descKey } from '../../shared/db/schemas/followUpSchema.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../shared/domain/newCustomerFields.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { closeOffice, type OfficeDesk } from '../support/closeOffice.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { sampleFollowUp } from '../support/sampleFollowUp.ts';

const shots = 'tests/screenshots';
const ADMIN = 'admin-zhangwei';
let hub: TeamHub;
let dir: string;
let office: OfficeDesk;
const writer = () => ({ memberId: ADMIN, clock: createHlcClock('office', Date.now), now: Date.now });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-visibility-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: ADMIN });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: ADMIN, nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
  office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }) };
  await office.sync.awaitInSync();
});

test.afterAll(() => closeOffice(office, hub, dir));

/** A browser joins with a fresh code of that role, as a colleague would. */
const joinInBrowser = async (browser: Browser, role: 'admin' | 'rep', name: string): Promise<Page> => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  await page.getByLabel('加入码').fill(hub.issueJoinCode(role));
  await page.getByLabel('你的姓名').fill(name);
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  return page;
};

/** Three customers with two follow-ups each for a member, written on the office desktop. */
const seed = async (ownerId: string, names: string[], prefix: string) => {
  for (const [i, name] of names.entries()) {
    await insertStamped(office.db.customers, newCustomerFields(`${prefix}c${i}`, name, ownerId), writer());
    for (const k of [0, 1]) {
      const at = Date.now() - (i * 2 + k + 1) * 3600_000;
      await insertStamped(office.db.followups, sampleFollowUp(`${prefix}f${i}${k}`, ownerId, { customerId: `${prefix}c${i}`, summary: `${name}第${k + 1}次沟通`, followedAt: at, followedDesc: descKey(at) }), writer());
    }
  }
};

const nav = (page: Page, name: RegExp | string) => page.getByRole('navigation').getByRole('button', { name }).click();

test('admin turns on 销售只看自己的客户: the rep\u2019s browser keeps only her customers; removed, her browser is wiped', async ({ browser }) => {
  const rep = await joinInBrowser(browser, 'rep', '李娜');
  await expect.poll(async () => (await office.db.members.find().exec()).some((m) => m.name === '李娜'), { timeout: 10_000 }).toBe(true);
  const linaId = (await office.db.members.find().exec()).find((m) => m.name === '李娜')!.id;
  const wang = await joinTeam(hub.url, { code: hub.issueJoinCode('rep'), name: '王强', deviceName: '王强的电脑' });
  if (!wang.ok) throw new Error(wang.message);
  await seed(linaId, ['苏州恒瑞精密机械', '无锡天工电子', '常州华创模具'], 'l');
  await seed(wang.value.memberId, ['杭州海康智造', '宁波东方轴承', '绍兴越秀纺织'], 'w');

  // Rule off: the rep sees the whole team.
  await nav(rep, '客户');
  await expect(rep.getByTestId('customer-count')).toHaveText('6 个客户');

  const admin = await joinInBrowser(browser, 'admin', '陈主管');
  await nav(admin, '团队设置');
  const rule = admin.getByRole('checkbox', { name: '销售只看自己的客户' });
  await expect(rule).not.toBeChecked();
  await rule.click();
  await expect(rule).toBeChecked();
  await expect(admin.getByText('已保存，正在同步到每位成员的电脑。')).toBeVisible();
  // The members above and the switch with its explanation, in the middle of the screen.
  await admin.getByRole('heading', { name: '数据可见范围' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await admin.screenshot({ path: `${shots}/94-visibility-setting.png` });

  // The hub takes 王强's customers and follow-ups off her desktop, live.
  await expect(rep.getByTestId('customer-count')).toHaveText('3 个客户');
  const list = rep.getByTestId('customer-grid');
  await expect(list).toContainText('苏州恒瑞精密机械');
  await expect(list).not.toContainText('杭州海康智造');
  await nav(rep, '跟进表');
  await expect(rep.getByTestId('grid-count')).toHaveText('6 行');
  await expect(rep.getByTestId('followup-grid')).not.toContainText('杭州海康智造');
  // 看板 and 今日 work on the filtered replica.
  await nav(rep, /看板/);
  await expect(rep.getByTestId('dashboard-page')).toBeVisible();
  await expect(rep.getByTestId('kpi-followUps-value')).toHaveText('6');
  await nav(rep, /今日/);
  await expect(rep.getByText('杭州海康智造')).toHaveCount(0);

  // 移除成员: the admin confirms; her open browser is disconnected and wiped at once.
  await admin.getByRole('row', { name: /李娜/ }).getByRole('button', { name: '移除成员' }).click();
  const dialog = admin.getByRole('alertdialog', { name: '移除成员' });
  await expect(dialog).toContainText('确定把「李娜」移出团队吗？');
  await dialog.getByRole('button', { name: '移除' }).click();
  await expect(admin.getByRole('row', { name: /李娜/ })).toHaveCount(0);
  await expect(admin.getByRole('heading', { name: '成员（3）' })).toBeVisible();
  await expect(rep.getByRole('heading', { name: '你已被移出团队' })).toBeVisible();
  await expect(rep.getByTestId('removed-from-team')).toContainText('本机的团队数据已清除。');
  await expect(rep.getByTestId('removed-from-team')).toContainText('华东销售团队');
  await rep.screenshot({ path: `${shots}/95-removed-member.png` });
  // The browser's replica and profile are gone: starting again opens onboarding, not the team.
  await rep.getByRole('button', { name: '好的，重新开始' }).click();
  await expect(rep.getByRole('button', { name: /加入团队/ })).toBeVisible();
});

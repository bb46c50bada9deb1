import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub, type TeamHub } from '../../electron/hub/startTeamHub.ts';
import { pinnedFetch } from '../../electron/hub/tls/pinnedTransport.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { formatFingerprint } from '../../shared/sync/hubPin.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { closeOffice, type OfficeDesk } from '../support/closeOffice.ts';
import { rendererDir } from '../support/rendererDir.ts';

const shots = 'tests/screenshots';
let hub: TeamHub;
let dir: string;
let office: OfficeDesk;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-tls-'));
  hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  // The office PC bootstraps the team over https, pinned to the certificate its code names.
  const code = hub.issueJoinCode('admin');
  const joined = await joinTeam(hub.secureUrl ?? '', { code, name: '张伟', deviceName: '办公室电脑', memberId: 'admin-zhangwei' }, { fetch: pinnedFetch(hub.certificate.pin) });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `office${Date.now()}`, storage: getRxStorageMemory(), only: ['members', 'teamsettings'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: 'admin-zhangwei', nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
  office = { db, conn, sync: startTeamSync(db, conn, { retryMs: 200 }) };
  await office.sync.awaitInSync();
});

test.afterAll(() => closeOffice(office, hub, dir));

test('the join code carries the certificate pin; 团队设置 shows it to check a browser against', async ({ page }) => {
  await page.goto(hub.url);
  await page.getByRole('button', { name: /加入团队/ }).click();
  // Another computer's address needs the whole code: the pin is how the desktop knows the real hub.
  await page.getByLabel('团队服务器地址').fill('192.168.1.10');
  await page.getByLabel('加入码').fill('K7QM-3XWP');
  await page.getByLabel('你的姓名').fill('李娜');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByText('加入其他电脑上的团队服务器需要完整的 24 位加入码')).toBeVisible();
  await expect(page.getByLabel('加入码')).toHaveAttribute('placeholder', '例如：K7QM-3XWP-ABCD-EFGH-JKLM-NPQR');

  // This computer's loopback address with the 24-letter code, typed the way people do (lower case, spaces).
  await page.getByLabel('团队服务器地址').fill(new URL(hub.url).host);
  const code = hub.issueJoinCode('admin');
  await page.getByLabel('加入码').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
  await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();

  // A new invitation: 8 letters of code + the 16-letter pin of this hub's certificate.
  await page.getByRole('button', { name: '生成加入码' }).click();
  const invite = page.getByTestId('invite-code');
  await expect(invite).toContainText(new RegExp(`加入码：[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-${hub.certificate.pin.match(/.{4}/g)?.join('-')}`));
  await expect(invite).toContainText('后 16 位是团队服务器证书的指纹');

  const card = page.getByTestId('transport-security');
  await expect(card).toContainText('本机回环连接');
  await expect(page.getByTestId('hub-fingerprint')).toContainText(`SHA-256 指纹前 10 组：${formatFingerprint(hub.certificate.sha256).slice(0, 29)}`);
  await expect(card).toContainText('网页版：身份令牌保存在此浏览器的本地数据中');
  await expect(card).toContainText('浏览器不能固定证书');
  await invite.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/96-invite-tls.png`, fullPage: false });
  await card.screenshot({ path: `${shots}/96-invite-tls-card.png` });
});

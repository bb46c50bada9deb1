import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { patchStamped } from '../../shared/db/stampedWrites.ts';
import { normalizeReportTemplate } from '../../shared/reports/normalizeReportTemplate.ts';
import { reportTemplateDraft } from '../../shared/reports/reportTemplateDraft.ts';
import { addReportField, renameSection, setDeadline } from '../../shared/reports/reportTemplateEdits.ts';
import { saveReportTemplate } from '../../shared/reports/saveReportTemplate.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

/** Friday 2026-11-20, 19:30 in Shanghai: the sample team's reports run up to yesterday. */
const EVENING = new Date('2026-11-20T19:30:00+08:00');

test.use({ viewport: { width: 1366, height: 940 } });

const openSettings = (page: Page) => page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
const openReports = (page: Page) => page.getByRole('navigation').getByRole('button', { name: '日报' }).click();
const blurAll = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const metric = (scope: Page | ReturnType<Page['locator']>, id: string) => scope.locator(`[data-metric="${id}"]`);

test('an admin edits the report template: refused in Chinese when invalid, then published as v2; today’s form follows it, a past report keeps v1', async ({ page }) => {
  await page.clock.install({ time: EVENING });
  await createSampleTeam(page);
  await openSettings(page);
  const panel = page.getByTestId('report-template-panel');
  const preview = panel.getByTestId('report-template-preview');
  await expect(panel.getByTestId('report-template-version')).toHaveText('当前第 1 版');
  await expect(panel.getByTestId('report-template-old')).toHaveText(/^已有 \d+ 份日报使用旧版本，保存后不受影响。$/);
  await expect(panel.getByTestId('template-metric')).toHaveCount(12);

  // Invalid: an empty section name and 25:00. Both are named in Chinese, and nothing is written.
  await panel.getByLabel('「遇到的问题」的名称').fill('');
  await panel.getByLabel('每天截止时间').fill('25:00');
  await panel.getByRole('button', { name: '保存' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('第 1 个栏目的名称是空的，请填写栏目名称。');
  await expect(alert).toContainText('截止时间请写成 20:00 这样的格式');
  await expect(panel.getByLabel('「遇到的问题」的名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByTestId('report-template-version')).toHaveText('当前第 1 版');
  await expect(page.locator('.facts')).toContainText('20:00');
  // Fixing one problem clears its message at once; 放弃修改 brings back what is saved.
  await panel.getByLabel('每天截止时间').fill('18:30');
  await expect(alert).not.toContainText('截止时间');
  await panel.getByRole('button', { name: '放弃修改' }).click();
  await expect(panel.getByLabel('「遇到的问题」的名称')).toHaveValue('遇到的问题');
  await expect(panel.getByLabel('每天截止时间')).toHaveValue('20:00');
  await expect(panel.getByRole('alert')).toHaveCount(0);

  // The edits: 成交金额 off, 明日计划 → 明日重点, a required number field, deadline 18:30. The preview follows each.
  await expect(metric(preview, 'wonAmount')).toBeVisible();
  await panel.getByRole('checkbox', { name: '成交金额' }).uncheck();
  await expect(metric(preview, 'wonAmount')).toHaveCount(0);
  await panel.getByLabel('「明日计划」的名称').fill('明日重点');
  await expect(preview.getByLabel(/明日重点/)).toBeVisible();
  await panel.getByRole('button', { name: '添加栏目' }).click();
  const form = panel.getByRole('form', { name: '添加自定义栏目' });
  await form.getByLabel('栏目名称').fill('客户意向');
  await form.getByLabel('类型').selectOption({ label: '单选' });
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form.getByRole('alert')).toHaveText('单选栏目至少需要一个选项，每行填写一个。');
  await form.getByLabel('栏目名称').fill('遇到的问题');
  await form.getByLabel('类型').selectOption({ label: '数字' });
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form.getByRole('alert')).toHaveText('已有名为「遇到的问题」的栏目，请换一个名称。');
  await form.getByLabel('栏目名称').fill('今日拜访客户数');
  await form.getByLabel('必填').check();
  await form.getByRole('button', { name: '添加' }).click();
  await expect(form).toHaveCount(0);
  await expect(panel.getByTestId('template-section')).toHaveCount(4);
  await expect(panel.getByTestId('template-section').last()).toContainText('数字');
  await panel.getByRole('button', { name: '上移「今日拜访客户数」' }).click();
  await expect(panel.getByTestId('template-section').nth(2)).toContainText('数字');
  await panel.getByLabel('每天截止时间').fill('18:30');
  await expect(preview.getByTestId('report-status')).toHaveText(/未提交\s*截止 18:30/);
  await expect(preview.getByLabel(/今日拜访客户数/)).toBeVisible();
  await expect(panel.getByText('有未保存的修改')).toBeVisible();
  // The whole panel in one picture: a window tall enough for it, nothing focused or hovered.
  await page.setViewportSize({ width: 1366, height: 1400 });
  await blurAll(page);
  await page.mouse.move(0, 0);
  await panel.screenshot({ path: `${shots}/78-report-template.png` });
  await page.setViewportSize({ width: 1366, height: 940 });

  await panel.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status')).toHaveText('已保存为第 2 版模板，截止时间 18:30。已提交的日报仍按原来的版本显示。');
  await expect(panel.getByTestId('report-template-version')).toHaveText('当前第 2 版');
  await expect(page.locator('.facts')).toContainText('18:30');
  await expect(panel.getByText('有未保存的修改')).toHaveCount(0);

  // Today's report follows v2: the new field (required) and name, no 成交金额, due at 18:30.
  await openReports(page);
  await expect(page.getByRole('heading', { name: '销售日报' })).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText(/未提交\s*截止 18:30/);
  await expect(page.getByLabel(/明日重点/)).toBeVisible();
  await expect(page.getByLabel(/今日拜访客户数/)).toBeVisible();
  await expect(page.getByLabel(/明日计划/)).toHaveCount(0);
  await expect(metric(page, 'won')).toBeVisible();
  await expect(metric(page, 'wonAmount')).toHaveCount(0);
  await page.getByLabel(/明日重点/).fill('回访云栖');
  await page.getByRole('button', { name: '提交日报' }).click();
  await expect(page.getByRole('alert')).toHaveText('「今日拜访客户数」为必填，请填写后再提交。');
  await page.setViewportSize({ width: 1366, height: 1120 });
  await blurAll(page);
  await page.mouse.move(0, 1100);
  await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/79-report-with-template.png` });
  await page.setViewportSize({ width: 1366, height: 940 });

  // A report submitted under v1 still reads as written: its three sections under their v1 names, 成交金额 included.
  await page.goto('/#/reports/rep01/2026-11-19');
  const report = page.locator('section.daily-report');
  await expect(page.getByTestId('report-status')).toHaveText(/已按时提交|迟交/);
  await expect(report.locator('.daily-report-readout dt')).toHaveText(['遇到的问题', '解决方案', '明日计划']);
  await expect(report.locator('[data-section="tomorrowPlan"]')).not.toBeEmpty();
  await expect(report.getByText('今日拜访客户数')).toHaveCount(0);
  await expect(metric(report, 'wonAmount')).toBeVisible();
});

test('a rep sees the template an admin published on another desktop read-only, and writes today’s report with it', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-template-'));
  const hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  // The admin's desktop (a Node RxDB client) publishes v2 exactly as the panel's 保存 does, then syncs.
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: 'admin-zhangwei' });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `template${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers', 'dailyreports'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: 'admin-zhangwei', nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  const writer = { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now };
  const settings = (await db.teamsettings.findOne('team').exec())!;
  let draft = reportTemplateDraft(normalizeReportTemplate(settings.reportTemplate), settings.reportDeadline);
  draft = renameSection(draft, 'tomorrowPlan', '明日重点');
  draft = addReportField(draft, { label: '今日拜访客户数', kind: 'number', options: [], required: true }, 'visitCount');
  draft = setDeadline(draft, '18:30');
  const saved = saveReportTemplate(settings.toMutableJSON(), draft);
  if (saved.kind !== 'saved') throw new Error(saved.kind);
  await patchStamped(settings, saved.patch, writer);
  const conn = connectToHub({ hubUrl: hub.url, token: joined.value.token, deviceId: 'office', now: Date.now, retryMs: 200 });
  const sync = startTeamSync(db, conn, { retryMs: 200 });
  try {
    await sync.awaitInSync();
    await page.goto(hub.url);
    await page.getByRole('button', { name: /加入团队/ }).click();
    await page.getByLabel('加入码').fill(hub.issueJoinCode('rep'));
    await page.getByLabel('你的姓名').fill('李娜');
    await page.getByRole('button', { name: '加入' }).click();
    await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 30_000 });
    await openSettings(page);
    const panel = page.getByTestId('report-template-panel');
    await expect(panel.getByTestId('report-template-version')).toHaveText('当前第 2 版');
    await expect(panel.getByText('只有管理员可以修改日报模板，你可以查看。')).toBeVisible();
    await expect(panel.getByLabel('「明日计划」的名称')).toHaveValue('明日重点');
    await expect(panel.getByLabel('「明日计划」的名称')).toBeDisabled();
    await expect(panel.getByRole('checkbox', { name: '成交金额' })).toBeDisabled();
    await expect(panel.getByLabel('每天截止时间')).toHaveValue('18:30');
    await expect(panel.getByRole('button', { name: /保存|添加栏目|上移|下移|移除/ })).toHaveCount(0);
    await expect(panel.getByTestId('report-template-preview').getByLabel(/今日拜访客户数/)).toBeVisible();
    await openReports(page);
    await expect(page.getByTestId('report-status')).toContainText('截止 18:30');
    await expect(page.getByLabel(/今日拜访客户数/)).toBeVisible();
    await expect(page.getByLabel(/明日重点/)).toBeVisible();
  } finally {
    await sync.stop();
    conn.close();
    await db.remove();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

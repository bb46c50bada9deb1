import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startTeamHub } from '../../electron/hub/startTeamHub.ts';
import { createWebApiHandlers } from '../../electron/hub/webApiHandlers.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { patchStamped } from '../../shared/db/stampedWrites.ts';
import { addCustomField } from '../../shared/domain/customFieldEdits.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';
import { connectToHub } from '../../shared/sync/hubConnection.ts';
import { joinTeam } from '../../shared/sync/joinTeam.ts';
import { startTeamSync } from '../../shared/sync/startTeamSync.ts';
import { buildTeamDocs } from '../../shared/team/buildTeamDocs.ts';
import { rendererDir } from '../support/rendererDir.ts';
import { createSampleTeam } from '../support/createSampleTeam.ts';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

const openSettings = (page: Page) => page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();

const openGrid = async (page: Page) => {
  await page.getByRole('navigation').getByRole('button', { name: '跟进表' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5000 行');
};

/** A cell of the grid by row number and header text (custom columns have no fixed place). */
const cell = async (page: Page, row: number, header: string) => {
  // The corner above the row numbers is a header without text.
  const headers = (await page.getByRole('columnheader').allTextContents()).filter((h) => h.trim() !== '');
  const index = headers.findIndex((h) => h.includes(header));
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return page.locator(`[role=row][aria-rowindex="${row}"] [role=gridcell]`).nth(index);
};

const addRule = async (page: Page, trigger: string, value: string, required: string, message: string) => {
  const rules = page.getByTestId('validation-rules-panel');
  await rules.getByRole('button', { name: '添加规则' }).click();
  const form = rules.getByRole('form', { name: '添加校验规则' });
  await form.getByLabel('触发字段').selectOption({ label: trigger });
  await form.getByRole('group', { name: '触发值' }).getByRole('checkbox', { name: value, exact: true }).check();
  await form.getByRole('group', { name: '必填字段' }).getByRole('checkbox', { name: required, exact: true }).check();
  await form.getByLabel('提示文字').fill(message);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(rules.getByRole('status')).toHaveText(`已添加规则「${message}」。`);
};

test('admins add, check, archive and restore a custom field, and add validation rules the grid applies', async ({ page }) => {
  await createSampleTeam(page);
  await openSettings(page);
  const fields = page.getByTestId('custom-fields-panel');
  await expect(fields.getByText('还没有自定义字段。')).toBeVisible();

  // A select field needs options; the form says so in words and saves nothing.
  await fields.getByRole('button', { name: '添加字段' }).click();
  const form = fields.getByRole('form', { name: '添加自定义字段' });
  await form.getByLabel('字段名称').fill('意向等级');
  await form.getByLabel('类型').selectOption({ label: '单选' });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('alert')).toContainText('单选和多选字段至少需要一个选项');
  await form.getByLabel('选项（每行一个）').fill('A\nB\nB\n');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('alert')).toContainText('选项「B」重复了');
  await form.getByLabel('选项（每行一个）').fill('A\nB\nC\n');
  await fields.screenshot({ path: `${shots}/31-settings-field-form.png` });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(fields.getByRole('status')).toHaveText('已添加字段「意向等级」。');
  await expect(fields.getByTestId('custom-field-row')).toHaveText([/意向等级单选ABC/]);

  // Names are unique among live fields, and built-in column names are taken.
  for (const [name, error] of [['意向等级', '已有名为「意向等级」的字段'], ['金额', '「金额」是表格自带的栏目'], ['', '请填写字段名称']] as const) {
    await fields.getByRole('button', { name: '添加字段' }).click();
    await fields.getByLabel('字段名称').fill(name);
    await fields.getByRole('button', { name: '保存' }).click();
    await expect(fields.getByRole('alert')).toContainText(error);
    await fields.getByRole('button', { name: '取消' }).click();
  }
  // A second field, moved above the first.
  await fields.getByRole('button', { name: '添加字段' }).click();
  await fields.getByLabel('字段名称').fill('预算');
  await fields.getByLabel('类型').selectOption({ label: '数字' });
  await fields.getByRole('button', { name: '保存' }).click();
  await fields.getByRole('button', { name: '上移「预算」' }).click();
  await expect(fields.getByTestId('custom-field-row')).toHaveText([/预算/, /意向等级/]);
  await fields.getByRole('button', { name: '下移「预算」' }).click();
  await expect(fields.getByTestId('custom-field-row')).toHaveText([/意向等级/, /预算/]);
  await fields.screenshot({ path: `${shots}/30-settings-fields.png` });

  // Rules: one on a built-in option list (面访 is the option id 'visit'), one on the new field.
  await addRule(page, '跟进方式', '面访', '联系人', '面访需填写联系人');
  const rules = page.getByTestId('validation-rules-panel');
  await rules.getByRole('button', { name: '添加规则' }).click();
  const ruleForm = rules.getByRole('form', { name: '添加校验规则' });
  await ruleForm.getByLabel('触发字段').selectOption({ label: '意向等级' });
  await expect(ruleForm.getByRole('group', { name: '触发值' }).getByRole('checkbox')).toHaveCount(3);
  await ruleForm.getByRole('button', { name: '保存' }).click();
  await expect(ruleForm.getByRole('alert')).toContainText('请至少选择一个必填字段');
  await expect(ruleForm.getByRole('alert')).toContainText('请填写提示文字');
  await rules.screenshot({ path: `${shots}/33-settings-rule-form.png` });
  await ruleForm.getByRole('button', { name: '取消' }).click();
  await addRule(page, '意向等级', 'B', '下一步动作', 'B级需写下一步动作');
  await expect(rules.getByTestId('validation-rule')).toHaveCount(5);
  await expect(rules.getByTestId('validation-rule').nth(3)).toContainText('当「跟进方式」为 面访 时→必填：联系人');
  await rules.screenshot({ path: `${shots}/32-settings-rules.png` });

  // The grid shows the new column; a cell takes B. A row visited without a contact is marked with the rule's message.
  await openGrid(page);
  await expect(page.getByRole('columnheader', { name: /意向等级/ })).toBeVisible();
  await (await cell(page, 1, '意向等级')).click();
  await page.keyboard.type('B');
  await page.keyboard.press('Enter');
  await expect(await cell(page, 1, '意向等级')).toHaveText('B');
  await (await cell(page, 1, '跟进方式')).click();
  await page.keyboard.type('面访');
  await page.keyboard.press('Enter');
  await expect(await cell(page, 1, '跟进方式')).toHaveText('面访');
  await (await cell(page, 1, '联系人')).click();
  await page.keyboard.press('Delete');
  await expect(await cell(page, 1, '联系人')).toHaveText('');
  const marker = page.locator('[role=row][aria-rowindex="1"] [data-invalid]');
  await expect(marker).toHaveAttribute('title', /面访需填写联系人/);
  await (await cell(page, 1, '意向等级')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/34-grid-custom-field.png` });

  // Switching the rule off clears the marker's message.
  await openSettings(page);
  // The switch is controlled by the stored rule, so it flips once the write lands: click, then wait.
  await rules.getByRole('switch', { name: '启用规则「面访需填写联系人」' }).click();
  await expect(rules.getByRole('status')).toHaveText('已停用规则「面访需填写联系人」。');
  await expect(rules.getByRole('switch', { name: '启用规则「面访需填写联系人」' })).not.toBeChecked();
  await openGrid(page);
  await expect(page.locator('[role=row][aria-rowindex="1"] .grid-rownum')).not.toHaveAttribute('title', /面访需填写联系人/);

  // The field now holds data: its type can no longer change.
  await openSettings(page);
  await fields.getByRole('button', { name: '编辑「意向等级」' }).click();
  await fields.getByLabel('类型').selectOption({ label: '文本' });
  await fields.getByRole('button', { name: '保存' }).click();
  await expect(fields.getByRole('alert')).toContainText('这个字段已有数据，不能再改类型');
  await fields.getByRole('button', { name: '取消' }).click();

  // Archiving hides the column, keeps the data and switches off the rule that used it; restoring brings both back.
  await fields.getByRole('button', { name: '归档「意向等级」' }).click();
  await expect(fields.getByRole('status')).toHaveText('已归档字段「意向等级」，已填写的数据保留；1 条用到它的校验规则已停用。');
  await expect(fields.getByTestId('archived-field')).toContainText('意向等级');
  await fields.screenshot({ path: `${shots}/37-settings-fields-archived.png` });
  await expect(rules.getByRole('switch', { name: '启用规则「B级需写下一步动作」' })).not.toBeChecked();
  await rules.getByRole('switch', { name: '启用规则「B级需写下一步动作」' }).click();
  await expect(rules.getByRole('alert')).toContainText('这条规则用到的字段已归档或不存在');
  await openGrid(page);
  await expect(page.getByRole('columnheader', { name: /意向等级/ })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: /预算/ })).toBeVisible();
  await openSettings(page);
  await fields.getByRole('button', { name: '恢复「意向等级」' }).click();
  await expect(fields.getByRole('status')).toHaveText('已恢复字段「意向等级」。');
  await openGrid(page);
  await expect(await cell(page, 1, '意向等级')).toHaveText('B');
});

test('the panels survive a reload and read in English', async ({ page }) => {
  await createSampleTeam(page);
  await openSettings(page);
  const fields = page.getByTestId('custom-fields-panel');
  await fields.getByRole('tab', { name: '客户字段' }).click();
  await fields.getByRole('button', { name: '添加字段' }).click();
  await fields.getByLabel('字段名称').fill('企业规模');
  await fields.getByLabel('类型').selectOption({ label: '多选' });
  await fields.getByLabel('选项（每行一个）').fill('小微\n中型\n大型');
  await fields.getByRole('button', { name: '保存' }).click();
  await expect(fields.getByRole('status')).toHaveText('已添加字段「企业规模」。');
  await page.reload();
  await fields.getByRole('tab', { name: '客户字段' }).click();
  await expect(fields.getByTestId('custom-field-row')).toHaveText([/企业规模多选小微中型大型/]);
  await fields.getByRole('tab', { name: '跟进记录字段' }).click();
  await expect(fields.getByText('还没有自定义字段。')).toBeVisible();
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Custom fields' })).toBeVisible();
  await expect(page.getByTestId('validation-rules-panel')).toContainText('When “Status” is 已报价');
  await page.getByTestId('validation-rules-panel').screenshot({ path: `${shots}/35-settings-rules-en.png` });
});

test('a rep sees the fields and rules the admin set on another desktop, read-only', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'salesdesk-e2e-fields-'));
  const hub = await startTeamHub({ dataDir: dir, host: '127.0.0.1', port: 0, rendererDir, handlers: createWebApiHandlers({ version: 'e2e', platform: 'linux' }) });
  // The admin's desktop (a Node RxDB client) creates the team and adds 意向等级, then syncs.
  const joined = await joinTeam(hub.url, { code: hub.issueJoinCode('admin'), name: '张伟', deviceName: '办公室电脑', memberId: 'admin-zhangwei' });
  if (!joined.ok) throw new Error(joined.message);
  const db = await openDatabase({ name: `fields${Date.now()}`, storage: getRxStorageMemory(), only: ['followups', 'members', 'teamsettings', 'customers', 'dailyreports'] });
  const docs = buildTeamDocs({ teamName: '华东销售团队', company: '上海启航智能装备有限公司', adminName: '张伟' }, { now: Date.now(), memberId: 'admin-zhangwei', nodeId: 'office' });
  await db.teamsettings.insert(docs.settings);
  await db.members.insert(docs.admin);
  const writer = { memberId: 'admin-zhangwei', clock: createHlcClock('office', Date.now), now: Date.now };
  const settings = (await db.teamsettings.findOne('team').exec())!;
  await patchStamped(settings, { customFields: addCustomField([], 'followUp', { label: '意向等级', type: 'select', options: ['A', 'B', 'C'] }, 'intent') }, writer);
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
    const fields = page.getByTestId('custom-fields-panel');
    const rules = page.getByTestId('validation-rules-panel');
    await expect(fields.getByTestId('custom-field-row')).toHaveText([/意向等级单选ABC/]);
    await expect(fields.getByText('只有管理员可以修改这些设置，你可以查看。')).toBeVisible();
    await expect(page.getByRole('button', { name: /添加字段|添加规则|编辑|归档|删除/ })).toHaveCount(0);
    await expect(rules.getByTestId('validation-rule')).toHaveCount(3);
    await expect(rules.getByRole('switch', { name: '启用规则「已报价需填写金额」' })).toBeDisabled();
    await fields.screenshot({ path: `${shots}/36-settings-fields-rep.png` });
  } finally {
    await sync.stop();
    conn.close();
    await db.remove();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const shots = 'tests/screenshots';
mkdirSync(shots, { recursive: true });

test('create a team with sample data, see it counted on every page, switch language', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '欢迎使用销售台' })).toBeVisible();
  await page.screenshot({ path: `${shots}/01-welcome.png` });

  await page.getByRole('button', { name: /创建团队/ }).click();
  // Submitting empty names is refused with the field named, and nothing is created.
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('请填写团队名称')).toBeVisible();
  await expect(page.getByText('请填写你的姓名')).toBeVisible();

  await page.getByLabel('团队名称').fill('华东销售团队');
  await expect(page.getByText('请填写团队名称')).toHaveCount(0);
  await page.getByLabel('公司名称').fill('上海启航智能装备有限公司');
  await page.getByLabel('你的姓名').fill('张伟');
  await page.getByRole('checkbox').check();
  await page.screenshot({ path: `${shots}/02-create-team.png` });
  await page.getByRole('button', { name: '开始使用' }).click();

  await expect(page.getByRole('heading', { name: '销售跟进表' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId('page-summary')).toHaveText('共 5000 条跟进记录，涉及 300 个客户。');
  await expect(page.getByTestId('sync-state')).toContainText('仅本机');
  await expect(page.getByTestId('status-counts')).toHaveText('300 个客户 · 5000 条跟进');
  await page.screenshot({ path: `${shots}/03-followups.png` });

  await page.getByRole('navigation').getByRole('button', { name: '客户' }).click();
  await expect(page.getByTestId('page-summary')).toContainText('共 300 个客户');
  await page.getByRole('navigation').getByRole('button', { name: '日报' }).click();
  // The admin files a report and reads the team's (我的日报 | 团队日报); the sample team's 8 reps owe one each.
  await expect(page.getByRole('heading', { name: '销售日报' })).toBeVisible();
  await page.getByRole('link', { name: '团队日报' }).click();
  await expect(page.getByRole('heading', { name: '团队日报' })).toBeVisible();
  await expect(page.getByTestId('team-count-expected')).toContainText('8 人');
  await page.getByRole('navigation').getByRole('button', { name: '团队设置' }).click();
  await expect(page.getByTestId('team-name')).toHaveText('华东销售团队');
  await expect(page.getByRole('heading', { name: '成员（10）' })).toBeVisible();
  await page.screenshot({ path: `${shots}/04-settings.png` });

  // The data and the choice of language survive a reload (IndexedDB and localStorage).
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Team settings' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Follow-ups' }).click();
  await expect(page.getByTestId('page-summary')).toHaveText('5000 follow-ups with 300 customers.');
  await page.reload();
  await expect(page.getByTestId('page-summary')).toHaveText('5000 follow-ups with 300 customers.');
  await expect(page.getByTestId('sync-state')).toContainText('This desktop only');
  await page.screenshot({ path: `${shots}/05-followups-en.png` });
});

test('join a team checks every field and explains a wrong code', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /加入团队/ }).click();
  await expect(page.getByRole('heading', { name: '加入团队' })).toBeVisible();
  await page.getByLabel('团队服务器地址').fill('');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByText('请填写团队服务器地址，例如 192.168.1.10:4317')).toBeVisible();
  await expect(page.getByText('请填写你的姓名')).toBeVisible();
  await page.getByLabel('团队服务器地址').fill(new URL(page.url()).host);
  await page.getByLabel('加入码').fill('AAAA-BBBB');
  await page.getByLabel('你的姓名').fill('李娜');
  await page.getByRole('button', { name: '加入' }).click();
  await expect(page.getByRole('alert')).toContainText('加入码无效、已使用或已过期');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('button', { name: /创建团队/ })).toBeVisible();
});

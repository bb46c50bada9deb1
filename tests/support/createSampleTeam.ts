import { expect, type Page } from '@playwright/test';

/** A new team on this browser, made by 张伟 (admin) with the sample data: 300 customers, 5,000 follow-ups. */
export const createSampleTeam = async (page: Page): Promise<void> => {
  await page.goto('/');
  await page.getByRole('button', { name: /创建团队/ }).click();
  await page.getByLabel('团队名称').fill('华东销售团队');
  await page.getByLabel('你的姓名').fill('张伟');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByTestId('grid-count')).toHaveText('5000 行', { timeout: 90_000 });
};

import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { PROFILE_DOC } from '../../../db/useLocalProfile.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { OnboardingPage } from './OnboardingPage.tsx';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
afterEach(async () => {
  cleanup();
  await db.remove();
});

const renderWithDb = async () => {
  db = await openDatabase({ name: `onb${Date.now()}${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()) });
  render(
    <DatabaseContext.Provider value={db}>
      <OnboardingPage />
    </DatabaseContext.Provider>,
  );
};

describe('创建团队', () => {
  it('refuses empty and over-long names in Chinese and writes nothing', async () => {
    await renderWithDb();
    fireEvent.click(screen.getByRole('button', { name: /创建团队/ }));
    fireEvent.change(screen.getByLabelText('你的姓名'), { target: { value: '张'.repeat(61) } });
    fireEvent.click(screen.getByRole('button', { name: '开始使用' }));
    expect(screen.getByText('请填写团队名称')).toBeTruthy();
    expect(screen.getByText('你的姓名不能超过 60 个字')).toBeTruthy();
    expect(await db.teamsettings.count().exec()).toBe(0);
    expect(await db.getLocal(PROFILE_DOC)).toBeNull();
  });

  it('creates a one-person team with this user as admin, offline', async () => {
    await renderWithDb();
    fireEvent.click(screen.getByRole('button', { name: /创建团队/ }));
    fireEvent.change(screen.getByLabelText('团队名称'), { target: { value: '  华南销售组 ' } });
    fireEvent.change(screen.getByLabelText('你的姓名'), { target: { value: '李雷' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '开始使用' }));
    });
    await waitFor(async () => expect(await db.getLocal(PROFILE_DOC)).not.toBeNull());
    const settings = await db.teamsettings.findOne('team').exec();
    expect(settings?.teamName).toBe('华南销售组');
    expect(settings?.reportDeadline).toBe('20:00');
    const members = await db.members.find().exec();
    expect(members.map((m) => [m.name, m.role])).toEqual([['李雷', 'admin']]);
    const profile = (await db.getLocal<{ memberId: string }>(PROFILE_DOC))?.toJSON().data;
    expect(profile?.memberId).toBe(members[0]?.id);
  });
});

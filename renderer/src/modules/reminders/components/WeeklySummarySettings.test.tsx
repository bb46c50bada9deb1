import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { WeeklySummarySettings } from './WeeklySummarySettings.tsx';

const stamp = { now: 1_700_000_000_000, memberId: 'admin', clock: '1700000000000:0000:t' };

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `weekly${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['teamsettings'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp));
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

/** The section over the live settings document, as the 提醒 panel mounts it (remounted when the setting changes). */
const Live = ({ canEdit }: { canEdit: boolean }) => {
  const settings = useTeamSettings();
  return settings ? <WeeklySummarySettings key={`${settings.weeklySummaryAt.weekday}-${settings.weeklySummaryAt.time}`} settings={settings} canEdit={canEdit} /> : null;
};
const mount = (canEdit: boolean) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId: 'admin', nodeId: 'node-admin', createdAt: 0 }}>
        <Live canEdit={canEdit} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
const stored = async () => (await db.teamsettings.findOne('team').exec())!.toMutableJSON().weeklySummaryAt;
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));

describe('WeeklySummarySettings', () => {
  it('says the team’s setting: 每周一 08:30 生成上周周报', async () => {
    mount(true);
    await waitFor(() => expect(screen.getByTestId('weekly-summary-current').textContent).toBe('每周一 08:30 生成上周周报'));
  });

  it('refuses a time that is no time of day, in Chinese, and keeps the stored one', async () => {
    mount(true);
    await screen.findByTestId('weekly-summary-current');
    fireEvent.change(screen.getByLabelText('时间'), { target: { value: '25:00' } });
    await save();
    expect(screen.getByRole('alert').textContent).toBe('时间请写成 08:30 这样的格式（24 小时制，例如 17:00）。');
    expect(screen.getByLabelText('时间').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual({ weekday: 1, time: '08:30' });
  });

  it('saves a weekday and a time typed loosely (full-width from a Chinese IME), and reads back 每周五 17:00 生成本周周报', async () => {
    mount(true);
    await screen.findByTestId('weekly-summary-current');
    fireEvent.change(screen.getByLabelText('星期'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('时间'), { target: { value: '１７：００' } });
    await save();
    await waitFor(async () => expect(await stored()).toEqual({ weekday: 5, time: '17:00' }));
    await waitFor(() => expect(screen.getByTestId('weekly-summary-current').textContent).toBe('每周五 17:00 生成本周周报'));
    // Sunday is stored as 0, the schema's range.
    fireEvent.change(screen.getByLabelText('星期'), { target: { value: '0' } });
    await save();
    await waitFor(async () => expect(await stored()).toEqual({ weekday: 0, time: '17:00' }));
  });

  it('shows managers the setting without the form', async () => {
    mount(false);
    await screen.findByTestId('weekly-summary-current');
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
    expect(screen.getByText('只有管理员可以修改。')).toBeTruthy();
  });
});

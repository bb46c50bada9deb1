import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { WeeklyReportPage } from './WeeklyReportPage.tsx';

const stamp = { now: 1_700_000_000_000, memberId: 'admin', clock: '1700000000000:0000:t' };
const member = (id: string, name: string, role: 'admin' | 'manager' | 'rep') =>
  stampNew({ id, name, role, managerId: '', department: '销售部', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0 }, stamp);

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `wkp${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['teamsettings', 'members', 'followups', 'customers', 'dailyreports'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp));
  await db.members.bulkInsert([member('admin', '张伟', 'admin'), member('r1', '王芳', 'rep')]);
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

describe('WeeklyReportPage', () => {
  it('tells a rep the 周报 is for managers and admins, with nothing of the team on show', async () => {
    render(
      <DatabaseContext.Provider value={db}>
        <ProfileContext.Provider value={{ memberId: 'r1', nodeId: 'node-r1', createdAt: 0 }}>
          <WeeklyReportPage weekStart="2026-11-30" />
        </ProfileContext.Provider>
      </DatabaseContext.Provider>,
    );
    await waitFor(() => expect(screen.getByText(/销售周报只对主管和管理员开放/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: '导出 Excel' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { WeeklyTemplatePanel } from './WeeklyTemplatePanel.tsx';

const stamp = { now: 1_700_000_000_000, memberId: 'admin', clock: '1700000000000:0000:t' };
const member = (id: string, name: string, role: 'admin' | 'manager' | 'rep', active = true) =>
  stampNew({ id, name, role, managerId: '', department: '销售部', phone: '', email: '', active, joinedAt: 0, monthlyTarget: 0 }, stamp);

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  db = await openDatabase({ name: `wk${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['teamsettings', 'members'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp));
  await db.members.bulkInsert([member('admin', '张伟', 'admin'), member('r1', '王芳', 'rep'), member('r2', '李强', 'rep'), member('r3', '钱多', 'rep', false), member('m1', '孙经理', 'manager')]);
});
afterEach(async () => {
  cleanup();
  await db.remove();
});

const Live = ({ canEdit }: { canEdit: boolean }) => {
  const settings = useTeamSettings();
  return settings ? <WeeklyTemplatePanel settings={settings} canEdit={canEdit} /> : null;
};
const mount = (canEdit: boolean) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId: 'admin', nodeId: 'node-admin', createdAt: 0 }}>
        <Live canEdit={canEdit} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );
const stored = async () => (await db.teamsettings.findOne('team').exec())!.toMutableJSON().weeklyTemplate;
const click = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('WeeklyTemplatePanel', () => {
  it('lists the active reps for targets, saves 1.5万 as ¥15,000 with the columns and a renamed section in one write', async () => {
    mount(true);
    // Active reps only: not the admin, the manager or 钱多 (inactive).
    await waitFor(() => expect(screen.getAllByLabelText(/的周目标$/).map((i) => i.getAttribute('aria-label'))).toEqual(['李强 的周目标', '王芳 的周目标']));
    type('王芳 的周目标', '1.5万');
    fireEvent.click(screen.getByRole('checkbox', { name: '环比' }));
    await click('上移「金额」');
    type('「问题与风险」的标题', '风险与求助');
    expect(screen.getByText('有未保存的修改')).toBeTruthy();
    await click('保存');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('周报模板已保存，周报页面和导出的 Excel 会按新的设置显示。'));
    expect(await stored()).toEqual({
      kpis: ['target', 'actual', 'completion', 'lastWeek', 'newCustomers', 'followUps', 'quotes', 'amount', 'won'],
      sectionTitles: { summary: '本周总结', risks: '风险与求助', nextWeek: '下周计划' },
      targets: { r1: 15_000 },
      targetKpi: 'amount',
    });
    // The editor follows the saved template again: the field shows the stored number.
    expect((screen.getByLabelText('王芳 的周目标') as HTMLInputElement).value).toBe('15000');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
  });

  it('refuses a target that is no number and an empty title, in Chinese, and writes nothing', async () => {
    mount(true);
    await screen.findByLabelText('李强 的周目标');
    type('李强 的周目标', '十万');
    type('「本周总结」的标题', ' ');
    await click('保存');
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '李强 的目标「十万」不是数字，请写成 15万 或 150000 这样的数。',
      '「本周总结」的标题是空的，请填写标题。',
    ]);
    expect(screen.getByLabelText('李强 的周目标').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).targets).toBeUndefined();
    // Fixing the target clears its message live.
    type('李强 的周目标', '100000');
    expect([...screen.getByRole('alert').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['「本周总结」的标题是空的，请填写标题。']);
  });

  it('refuses to write over a template another admin saved meanwhile', async () => {
    mount(true);
    await screen.findByLabelText('王芳 的周目标');
    type('王芳 的周目标', '20万');
    const doc = (await db.teamsettings.findOne('team').exec())!;
    await patchStamped(doc, { weeklyTemplate: { ...doc.toMutableJSON().weeklyTemplate, targets: { r2: 50_000 } } }, { memberId: 'admin2', clock: createHlcClock('node-2', Date.now), now: Date.now });
    await click('保存');
    expect((await screen.findByRole('alert')).textContent).toBe('另一位管理员刚修改了周报模板。请点「放弃修改」载入最新的模板，再重新修改。');
    expect((await stored()).targets).toEqual({ r2: 50_000 });
    await click('放弃修改');
    expect((screen.getByLabelText('李强 的周目标') as HTMLInputElement).value).toBe('50000');
  });

  it('shows others the template read-only', async () => {
    mount(false);
    expect(await screen.findByText('只有管理员可以修改周报模板，你可以查看。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保存|上移|下移/ })).toBeNull();
    await screen.findByLabelText('王芳 的周目标');
    const controls = [...screen.getByTestId('weekly-template-panel').querySelectorAll('input, select')] as HTMLInputElement[];
    // 10 columns, what targets are in, 2 targets, 3 titles.
    expect(controls).toHaveLength(16);
    expect(controls.filter((c) => !c.disabled && !c.closest('fieldset[disabled]'))).toEqual([]);
  });
});

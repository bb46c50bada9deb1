import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { TEAM_SETTINGS_ID, type TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { testRow } from '../../../../../shared/grid/testRows.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { DailyReportView } from './DailyReportView.tsx';

/** Friday 2026-11-20 in Shanghai; only Date is faked, so RxDB's own timers run as usual. */
const sh = (day: number, hour: number, minute = 0): number => Date.UTC(2026, 10, day, hour - 8, minute);
const stamp = { now: sh(1, 9), memberId: 'admin', clock: `${sh(1, 9)}:0000:t` };
const settings: TeamSettingsDoc = stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp);
const member = (id: string, name: string, role: 'rep' | 'manager') =>
  stampNew({ id, name, role, managerId: '', department: '销售部', phone: '', email: '', active: true, joinedAt: sh(1, 9), monthlyTarget: 0 }, stamp);

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(sh(20, 19, 30));
  window.localStorage.clear();
  db = await openDatabase({ name: `rep${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members', 'followups', 'customers', 'dailyreports'] });
  await db.members.bulkInsert([member('rep01', '赵敏', 'rep'), member('mgr01', '孙立', 'manager')]);
  await db.followups.insert(testRow('f1', { followedAt: sh(20, 10), stage: 'quote' }));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await db.remove();
});

const mount = (me: string) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId: me, nodeId: `node-${me}`, createdAt: 0 }}>
        <DailyReportView memberId="rep01" date="2026-11-20" today="2026-11-20" now={sh(20, 19, 30)} settings={{ ...settings, id: TEAM_SETTINGS_ID }} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );

const stored = () => db.dailyreports.findOne('rep01_2026-11-20').exec().then((d) => d?.toMutableJSON() ?? null);
const type = (label: RegExp, text: string) => fireEvent.change(screen.getByLabelText(label), { target: { value: text } });

describe('DailyReportView', () => {
  it('saves what the rep types as a draft, also when the page is left before the autosave', async () => {
    const view = mount('rep01');
    await screen.findByLabelText(/明日计划/);
    type(/遇到的问题/, '客户压价');
    await waitFor(async () => expect((await stored())?.sections).toEqual({ problems: '客户压价' }));
    expect((await stored())?.status).toBe('draft');
    // Typed and left at once: leaving writes it right away, before the 400 ms autosave would have; the
    // localStorage copy covers a crash in between.
    type(/明日计划/, '回访张江精密');
    expect(JSON.parse(window.localStorage.getItem('salesdesk.reportDraft.rep01_2026-11-20') ?? '{}')).toMatchObject({ tomorrowPlan: '回访张江精密' });
    view.unmount();
    await waitFor(async () => expect((await stored())?.sections).toEqual({ problems: '客户压价', tomorrowPlan: '回访张江精密' }), { timeout: 300 });
  });

  it('brings back text that never reached the database (a crash between keystroke and save)', async () => {
    window.localStorage.setItem('salesdesk.reportDraft.rep01_2026-11-20', JSON.stringify({ solutions: '崩溃前写的' }));
    mount('rep01');
    expect(((await screen.findByLabelText(/解决方案/)) as HTMLTextAreaElement).value).toBe('崩溃前写的');
    await waitFor(async () => expect((await stored())?.sections).toEqual({ solutions: '崩溃前写的' }));
    await waitFor(() => expect(window.localStorage.getItem('salesdesk.reportDraft.rep01_2026-11-20')).toBeNull());
  });

  it('refuses a submit without 明日计划 in Chinese, then submits on time with the numbers frozen', async () => {
    mount('rep01');
    await waitFor(() => expect(screen.getByRole('button', { name: '提交日报' }).hasAttribute('disabled')).toBe(false));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交日报' })));
    expect((await screen.findByRole('alert')).textContent).toBe('「明日计划」为必填，请填写后再提交。');
    type(/明日计划/, '1. 回访');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '提交日报' })));
    await waitFor(async () => expect((await stored())?.status).toBe('submitted'));
    const report = await stored();
    expect(report).toMatchObject({ submittedAt: sh(20, 19, 30), lateMinutes: 0, templateVersion: 1, sections: { tomorrowPlan: '1. 回访' } });
    expect(report?.metrics).toMatchObject({ followUps: 1, quotes: 1, firstContacts: 1, won: 0 });
    expect((await screen.findByTestId('report-status')).textContent).toBe('已按时提交 19:30');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows a rep’s report to a manager read-only', async () => {
    await db.dailyreports.insert(stampNew({
      id: 'rep01_2026-11-20', memberId: 'rep01', date: '2026-11-20', status: 'submitted' as const, submittedAt: sh(20, 20, 35), lateMinutes: 35,
      metrics: { followUps: 4 }, sections: { tomorrowPlan: '签合同' }, templateVersion: 1, edits: [{ at: sh(21, 9), by: 'rep01', fields: ['tomorrowPlan'] }], readBy: [],
    }, stamp));
    mount('mgr01');
    expect((await screen.findByTestId('report-status')).textContent).toBe('迟交 35 分钟20:35 提交提交后修改过 1 次');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('赵敏 的日报');
    expect(screen.getByText('这是 赵敏 的日报，只能查看。')).toBeTruthy();
    expect(screen.getByText('签合同')).toBeTruthy();
    // The frozen 4, with the live count beside it, and no way to write.
    expect(document.querySelector('[data-metric="followUps"] .daily-report-metric-value')?.textContent).toBe('4');
    await waitFor(() => expect(document.querySelector('[data-metric="followUps"] .daily-report-metric-drift')?.textContent).toBe('现 1'));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: '修改日报' })).toBeNull();
    expect(screen.getByTestId('report-history').textContent).toContain('11-21 09:00 赵敏 修改了 明日计划');
  });
});

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { descKey } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { startOfCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { formatHlc } from '../../../../../shared/sync/hlc.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { TeamReportsView } from './TeamReportsView.tsx';

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
afterEach(async () => {
  cleanup();
  await db.remove();
});

// Thursday 2026-12-03, long past: whoever has not submitted is missing.
const date = '2026-12-03';
const at = (hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const stamp = (memberId: string, ms = Date.now()) => ({ now: ms, memberId, clock: formatHlc({ ms, counter: 0, node: 'seed' }) });
const member = (id: string, name: string, role: Role) =>
  stampNew({ id, name, role, managerId: '', department: '', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0 }, stamp('boss'));
const report = (memberId: string, submittedAt: number, lateMinutes: number) =>
  stampNew({ id: `${memberId}_${date}`, memberId, date, status: 'submitted' as const, submittedAt, lateMinutes, metrics: { followUps: 6, newLeads: 1, quotes: 2, won: 1, wonAmount: 120000 }, sections: { problems: '客户预算未定', tomorrowPlan: '拜访华远' }, templateVersion: 1, edits: [], readBy: [] }, stamp(memberId, submittedAt));

const seed = async () => {
  db = await openDatabase({ name: `tr${Date.now()}${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members', 'teamsettings', 'dailyreports', 'comments', 'notifications', 'followups', 'customers'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp('boss')));
  await db.members.bulkInsert([member('boss', '张伟', 'admin'), member('a', '王芳', 'rep'), member('b', '李娜', 'rep'), member('c', '赵强', 'rep'), member('d', '陈静', 'rep')]);
  await db.dailyreports.bulkInsert([report('a', at(19, 42), 0), report('b', at(20, 35), 35)]);
  // c's one follow-up of the day: the unsent report's numbers are computed live.
  const followedAt = at(10);
  await db.followups.insert(stampNew({ id: 'f1', customerId: 'k1', contactId: '', followedAt, followedDesc: descKey(followedAt), method: 'phone', summary: '电话', status: 'callback', stage: 'contact', nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'c', remark: '', custom: {}, importBatchId: '' }, stamp('c', followedAt)));
};

const show = (memberId: string) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId, nodeId: memberId, createdAt: 0 }}>
        <TeamReportsView date={date} />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );

const card = async (memberId: string) => (await screen.findAllByTestId('rep-report')).find((el) => el.dataset['member'] === memberId)!;

describe('TeamReportsView', () => {
  it('shows who submitted, late and missing, with numbers and text, missing ones first', async () => {
    await seed();
    show('boss');
    const cards = await screen.findAllByTestId('rep-report');
    expect(cards.map((c) => c.dataset['member'])).toEqual(['d', 'c', 'b', 'a']);
    expect(within(await card('a')).getByTestId('report-status').textContent).toBe('已提交');
    expect(within(await card('a')).getByText('19:42 提交')).toBeTruthy();
    expect(within(await card('b')).getByTestId('report-status').textContent).toBe('迟交 35 分钟');
    expect(within(await card('d')).getByTestId('report-status').textContent).toBe('未提交');
    expect(within(await card('a')).getByText('客户预算未定')).toBeTruthy();
    expect(within(await card('a')).getByTestId('number-quotes').textContent).toBe('2报价');
    await waitFor(async () => expect(within(await card('c')).getByTestId('number-followUps').textContent).toBe('1跟进'));
    expect(screen.getByTestId('team-count-submitted').textContent).toBe('已提交2 人');
    expect(screen.getByTestId('team-count-notSubmitted').textContent).toBe('未提交2 人');
    expect(screen.getByRole('link', { name: '查看 王芳 的日报' }).getAttribute('href')).toBe('#/reports/a/2026-12-03');
  });

  it('催交 writes one notification per rep-day and the button turns into 已催交; 一键催交 covers the rest', async () => {
    await seed();
    show('boss');
    const nudge = within(await card('d')).getByRole('button', { name: '催交' });
    await act(async () => fireEvent.click(nudge));
    await waitFor(async () => expect(within(await card('d')).getByTestId('nudged').textContent).toMatch(/^已催交 \d\d:\d\d$/));
    const first = await db.notifications.findOne('nudge_d_2026-12-03').exec();
    expect(first?.toJSON()).toMatchObject({ recipientId: 'd', senderId: 'boss', kind: 'nudge', targetType: 'dailyReport', targetId: 'd_2026-12-03', readAt: 0, title: '张伟 催你提交 12月3日 的日报' });

    const all = screen.getByRole('button', { name: '一键催交（1 人）' });
    await act(async () => fireEvent.click(all));
    await waitFor(async () => expect((await db.notifications.find().exec()).map((n) => n.id).sort()).toEqual(['nudge_c_2026-12-03', 'nudge_d_2026-12-03']));
    await waitFor(() => expect(screen.getByRole('button', { name: '一键催交（0 人）' }).hasAttribute('disabled')).toBe(true));
  });

  it('is closed to reps', async () => {
    await seed();
    show('a');
    expect(await screen.findByText('团队日报只对主管和管理员开放。你可以在「日报」页查看和提交自己的日报。')).toBeTruthy();
  });
});

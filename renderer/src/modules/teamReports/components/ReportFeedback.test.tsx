import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { DailyReportDoc } from '../../../../../shared/db/schemas/dailyReportSchema.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { formatHlc } from '../../../../../shared/sync/hlc.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { map } from 'rxjs';
import { DatabaseContext, useDatabase } from '../../../db/DatabaseContext.ts';
import { ProfileContext } from '../../../db/ProfileContext.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { ReportFeedback } from './ReportFeedback.tsx';
import { ReportsNavBadge } from './ReportsNavBadge.tsx';

let db: SalesDeskDatabase;
beforeAll(() => initI18n('zh-CN'));
afterEach(async () => {
  cleanup();
  await db.remove();
});

const stamp = (memberId: string) => ({ now: Date.now(), memberId, clock: formatHlc({ ms: Date.now(), counter: 0, node: 'seed' }) });
const member = (id: string, name: string, role: Role) =>
  stampNew({ id, name, role, managerId: '', department: '', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0 }, stamp('admin'));

const seed = async () => {
  db = await openDatabase({ name: `fb${Date.now()}${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['members', 'teamsettings', 'dailyreports', 'comments', 'notifications'] });
  await db.teamsettings.insert(stampNew(defaultTeamSettings('华东销售团队', '启航'), stamp('admin')));
  await db.members.bulkInsert([member('mgr', '陈主管', 'manager'), member('rep', '李娜', 'rep'), member('rep2', '李雷', 'rep'), member('rep3', '王芳', 'rep')]);
  const report = stampNew({
    id: 'rep_2026-12-03', memberId: 'rep', date: '2026-12-03', status: 'submitted' as const, submittedAt: Date.UTC(2026, 11, 3, 11, 0), lateMinutes: 0,
    metrics: {}, sections: { problems: '客户预算未定' }, templateVersion: 1, edits: [], readBy: [],
  }, stamp('rep'));
  await db.dailyreports.insert(report);
};

const show = (memberId: string, withBadge = false) =>
  render(
    <DatabaseContext.Provider value={db}>
      <ProfileContext.Provider value={{ memberId, nodeId: memberId, createdAt: 0 }}>
        {withBadge && <ReportsNavBadge />}
        <ReportFeedbackLive />
      </ProfileContext.Provider>
    </DatabaseContext.Provider>,
  );

/** The report as the page would pass it: live from the database. */
const ReportFeedbackLive = () => {
  const report = useReport();
  return report ? <ReportFeedback report={report} /> : null;
};
const useReport = (): DailyReportDoc | null | undefined => {
  const d = useDatabase();
  return useObservable(() => d.dailyreports.findOne('rep_2026-12-03').$.pipe(map((r) => (r ? r.toMutableJSON() : null))), [d]);
};

describe('ReportFeedback', () => {
  it('a manager’s view leaves one read receipt; an @mention picked from the list is stored and notified', async () => {
    await seed();
    show('mgr');
    await waitFor(async () => expect((await db.dailyreports.findOne('rep_2026-12-03').exec())?.readBy.map((r) => r.memberId)).toEqual(['mgr']));

    const box = (await screen.findByLabelText('写批注，输入 @ 提到同事…')) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '请@李', selectionStart: 3 } });
    const options = await screen.findAllByRole('option');
    // Names after their avatar letter, in pinyin order; ↓ twice wraps back to the first.
    expect(options.map((o) => o.textContent?.slice(1))).toEqual(['李雷', '李娜']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('请@李雷 ');
    fireEvent.change(box, { target: { value: '请@李雷 协助李娜报价', selectionStart: 12 } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发送' })));

    await waitFor(async () => expect(await db.comments.count().exec()).toBe(1));
    const [comment] = await db.comments.find().exec();
    expect(comment?.toJSON()).toMatchObject({ targetType: 'dailyReport', targetId: 'rep_2026-12-03', authorId: 'mgr', body: '请@李雷 协助李娜报价', mentions: ['rep2'], parentId: '' });
    const notices = (await db.notifications.find().exec()).map((n) => [n.kind, n.recipientId, n.senderId, n.title]);
    expect(notices.sort()).toEqual([
      ['comment', 'rep', 'mgr', '陈主管 批注了你 12月3日 的日报'],
      ['mention', 'rep2', 'mgr', '陈主管 在 12月3日 的日报批注中提到了你'],
    ]);
    // Reopening does not add a second receipt.
    cleanup();
    show('mgr');
    // The mention is highlighted in the thread.
    expect((await screen.findByText('@李雷')).tagName).toBe('MARK');
    expect((await db.dailyreports.findOne('rep_2026-12-03').exec())?.readBy).toHaveLength(1);
    expect(screen.getByRole('button', { name: '发送' })).toBeTruthy();
  });

  it('the rep sees the comment marked new with the badge, and opening the report reads both', async () => {
    await seed();
    const manager = show('mgr');
    const box = await screen.findByLabelText('写批注，输入 @ 提到同事…');
    fireEvent.change(box, { target: { value: '明天重点跟进华远', selectionStart: 8 } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发送' })));
    await waitFor(async () => expect(await db.notifications.count().exec()).toBe(1));
    manager.unmount();

    // The badge alone (the report not open): one unread comment.
    const badgeOnly = render(
      <DatabaseContext.Provider value={db}>
        <ProfileContext.Provider value={{ memberId: 'rep', nodeId: 'rep', createdAt: 0 }}>
          <ReportsNavBadge />
        </ProfileContext.Provider>
      </DatabaseContext.Provider>,
    );
    expect((await screen.findByTestId('reports-badge')).textContent).toBe('1');
    badgeOnly.unmount();

    show('rep', true);
    expect((await screen.findByTestId('comment-new')).textContent).toBe('新');
    expect((await screen.findByTestId('read-receipt')).textContent).toMatch(/^✓✓ 主管已读 \d+月\d+日 \d\d:\d\d$/);
    await waitFor(async () => expect((await db.comments.find().exec())[0]?.readBy.map((r) => r.memberId)).toEqual(['rep']));
    await waitFor(async () => expect((await db.notifications.find().exec())[0]?.readAt).toBeGreaterThan(0));
    await waitFor(() => expect(screen.queryByTestId('reports-badge')).toBeNull());
    // Still marked 新 while the rep stays on the page.
    expect(screen.getByTestId('comment-new')).toBeTruthy();

    // The rep replies: the reply sits under the comment and tells the manager.
    fireEvent.click(screen.getByRole('button', { name: '回复' }));
    const reply = screen.getByPlaceholderText('回复 陈主管…');
    fireEvent.change(reply, { target: { value: '好的，明天上午去', selectionStart: 8 } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '发送' })));
    await waitFor(async () => expect(await db.comments.count().exec()).toBe(2));
    const [root] = await db.comments.find({ selector: { parentId: '' } }).exec();
    const answer = (await db.comments.find({ selector: { authorId: 'rep' } }).exec())[0];
    expect(answer?.parentId).toBe(root?.id);
    const toManager = (await db.notifications.find({ selector: { recipientId: 'mgr' } }).exec()).map((n) => [n.kind, n.title]);
    expect(toManager).toEqual([['comment', '李娜 回复了你的批注']]);
    expect(await screen.findByText('回复 陈主管')).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { stampNew } from '../sync/stampWrite.ts';
import type { MyDay, TodayItem } from '../today/todayTypes.ts';
import { claimShown } from './claimShown.ts';
import type { ReminderCategory } from './reminderTypes.ts';
import { scheduleReminders, type ReminderInput } from './scheduleReminders.ts';

/** Shanghai local time on Friday 2026-11-20. */
const at = (hh: number, mm = 0, date = '2026-11-20') => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const item = (rowId: string, patch: Partial<TodayItem> = {}): TodayItem => ({
  rowId, customerId: 'c1', customerName: '张江精密机械', what: '电话确认报价', nextDate: '2026-11-20', time: null, days: 0, followedAt: at(9, 0, '2026-11-18'), stage: 'quote', done: false, ...patch,
});
const day = (dueToday: TodayItem[], overdue: TodayItem[] = []): MyDay => ({ dueToday, overdue, neverRecontacted: [], stalled: [] });
const doc = (id: string, kind: NotificationDoc['kind'], createdAt: number, patch: Partial<NotificationDoc> = {}): NotificationDoc => ({
  ...stampNew({ id, recipientId: 'rep01', senderId: 'mgr01', kind, title: `${kind} 标题`, body: '正文', targetType: '', targetId: '', readAt: 0 }, { now: createdAt, memberId: 'mgr01', clock: `${createdAt}:0000:mgr` }),
  ...patch,
});
const input = (patch: Partial<ReminderInput>): ReminderInput => ({
  now: at(12), memberId: 'rep01', role: 'rep', utcOffsetMinutes: 480, reportDeadline: '20:00', reportSubmitted: false,
  day: day([]), notifications: [], muted: new Set<ReminderCategory>(), shown: {}, ...patch,
});
const kinds = (i: ReminderInput) => scheduleReminders(i).due.map((r) => r.message.kind);

describe('scheduleReminders: the morning summary', () => {
  const myDay = day([item('a'), item('b'), item('done', { done: true })], [item('late', { days: 2 })]);

  it('comes at 08:30 team time with the open plans and the overdue ones, and says when to wake before that', () => {
    const early = scheduleReminders(input({ now: at(8, 29), day: myDay }));
    expect(early.due).toEqual([]);
    expect(early.nextAt).toBe(at(8, 30));
    const plan = scheduleReminders(input({ now: at(8, 30), day: myDay }));
    expect(plan.due).toEqual([{ keys: ['morning:2026-11-20'], category: 'due', message: { kind: 'morning', due: 2, overdue: 1 }, target: '#/today', notificationIds: [] }]);
  });

  it('comes once a day, not when there is nothing to do, and not when 跟进到期 is muted', () => {
    expect(kinds(input({ now: at(10), day: myDay, shown: { 'morning:2026-11-20': at(8, 30) } }))).toEqual([]);
    expect(kinds(input({ now: at(10), day: myDay, shown: { 'morning:2026-11-19': at(8, 30, '2026-11-19') } }))).toEqual(['morning']);
    expect(kinds(input({ now: at(10), day: day([item('done', { done: true })]) }))).toEqual([]);
    expect(kinds(input({ now: at(10), day: null }))).toEqual([]);
    expect(kinds(input({ now: at(10), day: myDay, muted: new Set(['due']) }))).toEqual([]);
  });
});

describe('scheduleReminders: a plan’s own time', () => {
  const myDay = day([item('at-15', { time: '15:00', customerName: '阿里云计算', what: '下午3点上门演示' }), item('no-time'), item('done-15', { time: '15:00', done: true })]);
  const shown = { 'morning:2026-11-20': at(8, 30) };

  it('wakes at the time, notifies then (linking the row), and still within two hours after', () => {
    expect(scheduleReminders(input({ now: at(14, 59), day: myDay, shown })).nextAt).toBe(at(15));
    const plan = scheduleReminders(input({ now: at(15), day: myDay, shown }));
    expect(plan.due).toEqual([
      { keys: ['plan:at-15:2026-11-20'], category: 'due', message: { kind: 'planTime', customer: '阿里云计算', time: '15:00', what: '下午3点上门演示' }, target: '#/followups/row/at-15', notificationIds: [] },
    ]);
    expect(kinds(input({ now: at(16, 59), day: myDay, shown }))).toEqual(['planTime']);
    expect(kinds(input({ now: at(17), day: myDay, shown }))).toEqual([]);
  });
});

describe('scheduleReminders: the report deadline', () => {
  const shown = {};
  it('comes 30 minutes before the team’s deadline while today’s report is unsent, linking today’s report', () => {
    expect(scheduleReminders(input({ now: at(19, 29), shown })).nextAt).toBe(at(19, 30));
    const plan = scheduleReminders(input({ now: at(19, 35), shown }));
    expect(plan.due).toEqual([
      { keys: ['deadline:2026-11-20'], category: 'deadline', message: { kind: 'deadline', deadline: '20:00', minutesLeft: 25 }, target: '#/reports/rep01/2026-11-20', notificationIds: [] },
    ]);
  });

  it('follows a team deadline other than 20:00', () => {
    expect(kinds(input({ now: at(17, 31), reportDeadline: '18:00' }))).toEqual(['deadline']);
    expect(kinds(input({ now: at(17, 29), reportDeadline: '18:00' }))).toEqual([]);
  });

  it('does not come once submitted, after the deadline, for managers, when shown or muted', () => {
    expect(kinds(input({ now: at(19, 35), reportSubmitted: true }))).toEqual([]);
    expect(kinds(input({ now: at(20) }))).toEqual([]);
    expect(kinds(input({ now: at(19, 35), role: 'manager' }))).toEqual([]);
    expect(kinds(input({ now: at(19, 35), shown: { 'deadline:2026-11-20': at(19, 30) } }))).toEqual([]);
    expect(kinds(input({ now: at(19, 35), muted: new Set(['deadline']) }))).toEqual([]);
  });

  it('does not come at the weekend, when no report is owed', () => {
    expect(kinds(input({ now: at(19, 35, '2026-11-21') }))).toEqual([]);
    expect(kinds(input({ now: at(19, 35, '2026-11-22') }))).toEqual([]);
  });

  it('rolls over at the team’s midnight: a new day, a new reminder key, and midnight as the latest wake-up', () => {
    const late = scheduleReminders(input({ now: at(23, 59), reportSubmitted: true }));
    expect(late.nextAt).toBe(at(0, 0, '2026-11-21'));
    const next = scheduleReminders(input({ now: at(19, 40, '2026-11-23'), shown: { 'deadline:2026-11-20': at(19, 30) } }));
    expect(next.due.map((r) => r.keys)).toEqual([['deadline:2026-11-23']]);
  });
});

describe('scheduleReminders: documents received', () => {
  const shown = { 'deadline:2026-11-20': 1 };

  it('shows unread 催交, 批注 and @提及 for me, each once, linking its record', () => {
    const docs = [
      doc('n1', 'nudge', at(11), { title: '王主管 催你提交日报', targetType: 'dailyReport', targetId: 'rep01_2026-11-20' }),
      doc('m1', 'mention', at(11, 5), { targetType: 'followUp', targetId: 'f9' }),
      doc('read', 'comment', at(11), { readAt: at(11, 1) }),
      doc('others', 'comment', at(11), { recipientId: 'rep02' }),
      doc('bell-only', 'gradeA', at(11)),
      doc('binned', 'comment', at(11), { trashed: true }),
    ];
    const plan = scheduleReminders(input({ notifications: docs, shown }));
    expect(plan.due.map((r) => [r.keys, r.category, r.target, r.notificationIds])).toEqual([
      [['doc:n1'], 'nudge', '#/reports/rep01/2026-11-20', ['n1']],
      [['doc:m1'], 'comment', '#/followups/row/f9', ['m1']],
    ]);
    expect(plan.due[0]?.message).toEqual({ kind: 'received', title: '王主管 催你提交日报', body: '正文' });
    expect(kinds(input({ notifications: docs, shown: { ...shown, 'doc:n1': at(11), 'doc:m1': at(11) } }))).toEqual([]);
  });

  it('leaves out muted categories until unmuted, and documents older than a day', () => {
    const docs = [doc('n1', 'nudge', at(11)), doc('c1', 'comment', at(11)), doc('old', 'comment', at(11, 59, '2026-11-19'))];
    expect(scheduleReminders(input({ notifications: docs, shown, muted: new Set(['nudge']) })).due.map((r) => r.keys)).toEqual([['doc:c1']]);
    expect(scheduleReminders(input({ notifications: docs, shown })).due.map((r) => r.keys)).toEqual([['doc:n1'], ['doc:c1']]);
  });

  it('groups more than three at once into one notification covering them all', () => {
    const docs = ['a', 'b', 'c', 'd'].map((id, i) => doc(id, 'comment', at(11, i)));
    const plan = scheduleReminders(input({ notifications: docs, shown }));
    expect(plan.due).toEqual([{ keys: ['doc:a', 'doc:b', 'doc:c', 'doc:d'], category: 'comment', message: { kind: 'receivedMany', count: 4 }, target: '#/today', notificationIds: ['a', 'b', 'c', 'd'] }]);
  });
});

describe('claimShown', () => {
  it('claims only keys not shown before, records them, and forgets keys older than three days', () => {
    const log = { 'deadline:2026-11-16': at(19, 30, '2026-11-16'), 'deadline:2026-11-19': at(19, 30, '2026-11-19') };
    const first = claimShown(log, ['deadline:2026-11-19', 'doc:n1', 'doc:n1'], at(12));
    expect(first.claimed).toEqual(['doc:n1']);
    expect(first.log).toEqual({ 'deadline:2026-11-19': at(19, 30, '2026-11-19'), 'doc:n1': at(12) });
    expect(claimShown(first.log, ['doc:n1'], at(12, 1)).claimed).toEqual([]);
  });
});

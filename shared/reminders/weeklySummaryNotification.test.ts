import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { notificationLink } from './notificationLink.ts';
import { scheduleReminders } from './scheduleReminders.ts';
import { weeklySummaryNotification } from './weeklySummaryNotification.ts';

/** Monday 2026-11-30, 08:30 in Shanghai: last week's summary is written for manager mgr01. */
const MADE = startOfCalendarDate('2026-11-30', 480) + (8 * 60 + 30) * 60_000;
const fields = weeklySummaryNotification({ memberId: 'mgr01', weekStart: '2026-11-23', title: '上周周报已生成：第48周', body: '11月23日—11月29日：签约 5 单，¥1,234,000；跟进 312 次。' });
const doc = stampNew(fields, { now: MADE, memberId: 'mgr01', clock: `${MADE}:0000:mgr` });

describe('weeklySummaryNotification', () => {
  it('is a 周报 message for the manager, one per member and week, pointing at the week', () => {
    expect(fields).toEqual({
      id: 'weekly_mgr01_2026-11-23', recipientId: 'mgr01', senderId: 'mgr01', kind: 'weeklyReport',
      title: '上周周报已生成：第48周', body: '11月23日—11月29日：签约 5 单，¥1,234,000；跟进 312 次。',
      targetType: 'weeklyReport', targetId: '2026-11-23', readAt: 0,
    });
  });

  it('opens the 周报 of its week; a target that is no Monday opens 今日', () => {
    expect(notificationLink(doc, 480)).toEqual({ kind: 'weekly', weekStart: '2026-11-23' });
    expect(notificationLink({ ...doc, targetId: '2026-11-24' }, 480)).toEqual({ kind: 'page', page: 'today' });
  });

  it('reaches the manager as a desktop notification once, through the reminders, linking #/dashboard/weekly/<monday>', () => {
    const base = { now: MADE + 60_000, memberId: 'mgr01', role: 'manager' as const, utcOffsetMinutes: 480, reportDeadline: '20:00', reportSubmitted: false, day: null, notifications: [doc], muted: new Set<never>() };
    expect(scheduleReminders({ ...base, shown: {} }).due).toEqual([
      { keys: ['doc:weekly_mgr01_2026-11-23'], category: 'weeklyReport', message: { kind: 'received', title: '上周周报已生成：第48周', body: '11月23日—11月29日：签约 5 单，¥1,234,000；跟进 312 次。' }, target: '#/dashboard/weekly/2026-11-23', notificationIds: ['weekly_mgr01_2026-11-23'] },
    ]);
    expect(scheduleReminders({ ...base, shown: { 'doc:weekly_mgr01_2026-11-23': MADE } }).due).toEqual([]);
    expect(scheduleReminders({ ...base, shown: {}, notifications: [{ ...doc, readAt: MADE + 1 }] }).due).toEqual([]);
    // A manager who muted 周报已生成 sees it in the bell only.
    expect(scheduleReminders({ ...base, shown: {}, muted: new Set(['weeklyReport'] as const) }).due).toEqual([]);
  });
});

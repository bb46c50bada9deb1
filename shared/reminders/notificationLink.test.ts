import { describe, expect, it } from 'vitest';
import type { NotificationDoc } from '../db/schemas/notificationSchema.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { notificationLink } from './notificationLink.ts';

/** 2026-11-20 23:30 in Shanghai = 15:30 UTC, still the 20th there. */
const SENT = Date.UTC(2026, 10, 20, 15, 30);
const doc = (patch: Partial<NotificationDoc>): NotificationDoc => ({
  ...stampNew({ id: 'n1', recipientId: 'rep01', senderId: 'mgr01', kind: 'comment' as const, title: 't', body: '', targetType: '', targetId: '', readAt: 0 }, { now: SENT, memberId: 'mgr01', clock: `${SENT}:0000:m` }),
  ...patch,
});

describe('notificationLink', () => {
  it('opens the record a document names', () => {
    expect(notificationLink(doc({ targetType: 'dailyReport', targetId: 'rep_01_2026-11-19' }), 480)).toEqual({ kind: 'report', memberId: 'rep_01', date: '2026-11-19' });
    expect(notificationLink(doc({ targetType: 'followUp', targetId: 'f42' }), 480)).toEqual({ kind: 'followUpRow', id: 'f42' });
    expect(notificationLink(doc({ targetType: 'customer', targetId: 'c7' }), 480)).toEqual({ kind: 'customer', id: 'c7' });
    expect(notificationLink(doc({ targetType: 'teamReports', targetId: '2026-11-20' }), 480)).toEqual({ kind: 'teamReports', date: '2026-11-20' });
  });

  it('opens the recipient’s report of the day a 催交 was sent (team calendar), and 今日 otherwise', () => {
    expect(notificationLink(doc({ kind: 'nudge' }), 480)).toEqual({ kind: 'report', memberId: 'rep01', date: '2026-11-20' });
    expect(notificationLink(doc({ kind: 'nudge' }), 600)).toEqual({ kind: 'report', memberId: 'rep01', date: '2026-11-21' });
    expect(notificationLink(doc({ targetType: 'dailyReport', targetId: 'not-a-report-id' }), 480)).toEqual({ kind: 'page', page: 'today' });
  });
});

import { describe, expect, it } from 'vitest';
import { nudgeId, nudgeNotification } from './nudgeNotification.ts';
import { nudgeState } from './nudgeState.ts';

describe('nudgeState', () => {
  const today = '2026-12-03';
  it('offers the button for an unsent report of today or earlier, and shows when it was sent', () => {
    expect(nudgeState({ status: { kind: 'pending' }, date: today, today })).toEqual({ kind: 'available' });
    expect(nudgeState({ status: { kind: 'missing' }, date: '2026-12-01', today })).toEqual({ kind: 'available' });
    expect(nudgeState({ status: { kind: 'pending' }, date: today, today, sentAt: 123 })).toEqual({ kind: 'sent', at: 123 });
  });

  it('offers nothing for a submitted report (even if nudged before) or a day still to come', () => {
    expect(nudgeState({ status: { kind: 'onTime' }, date: today, today, sentAt: 123 })).toEqual({ kind: 'none' });
    expect(nudgeState({ status: { kind: 'late', delayMinutes: 5 }, date: today, today })).toEqual({ kind: 'none' });
    expect(nudgeState({ status: { kind: 'pending' }, date: '2026-12-04', today })).toEqual({ kind: 'none' });
  });
});

describe('nudgeNotification', () => {
  it('is one document per rep-day, addressed to the rep and pointing at the report', () => {
    const doc = nudgeNotification({ memberId: 'rep01', date: '2026-12-03', senderId: 'mgr01', title: '催交日报', body: '请提交' });
    expect(doc).toEqual({
      id: 'nudge_rep01_2026-12-03', recipientId: 'rep01', senderId: 'mgr01', kind: 'nudge', title: '催交日报', body: '请提交',
      targetType: 'dailyReport', targetId: 'rep01_2026-12-03', readAt: 0,
    });
    expect(nudgeId('rep01', '2026-12-03')).toBe(doc.id);
  });
});

import { describe, expect, it } from 'vitest';
import type { CommentDoc } from '../db/schemas/commentSchema.ts';
import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { teamDayRows } from './teamDayRows.ts';

const date = '2026-12-03';
const at = (hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const meta = { createdAt: 1, createdBy: 'x', updatedAt: 1, updatedBy: 'x', trashed: false, clock: {}, conflicts: [] };
const report = (memberId: string, patch: Partial<DailyReportDoc> = {}): DailyReportDoc => ({
  ...meta, id: `${memberId}_${date}`, memberId, date, status: 'submitted', submittedAt: at(19), lateMinutes: 0,
  metrics: {}, sections: {}, templateVersion: 1, edits: [], readBy: [], ...patch,
});
const comment = (id: string, targetId: string, authorId: string, parentId = ''): CommentDoc => ({
  ...meta, id, targetType: 'dailyReport', targetId, authorId, body: '', mentions: [], parentId, readBy: [],
});

describe('teamDayRows', () => {
  const reps = [{ id: 'a', name: '王芳' }, { id: 'b', name: '李娜' }, { id: 'c', name: '赵强' }, { id: 'd', name: '陈静' }];
  const input = {
    reps,
    reports: [report('a'), report('b', { lateMinutes: 12, submittedAt: at(20, 12), readBy: [{ memberId: 'mgr', at: at(21) }] }), report('d', { status: 'draft', submittedAt: 0 })],
    nudgedAt: new Map([['c', at(18, 30)]]),
    comments: [comment('m1', 'b_2026-12-03', 'mgr'), comment('r1', 'b_2026-12-03', 'b', 'm1'), comment('x', 'a_2026-12-02', 'mgr')],
    anomalyCounts: new Map([['a', 2]]),
    viewerId: 'mgr', date, today: date, deadline: '20:00', utcOffsetMinutes: 480, now: at(21, 30),
  };

  it('orders not submitted, late, on time; each line with its status, nudge, comments and marks', () => {
    const rows = teamDayRows(input);
    expect(rows.map((r) => `${r.member.id}:${r.status.kind}:${r.nudge.kind}`)).toEqual(['d:pending:available', 'c:pending:sent', 'b:late:none', 'a:onTime:none']);
    const b = rows.find((r) => r.member.id === 'b')!;
    expect([b.comments, b.unread, b.unopened]).toEqual([2, 1, false]);
    const a = rows.find((r) => r.member.id === 'a')!;
    // a's comment is on another day; a's report was not opened by the viewer.
    expect([a.comments, a.unread, a.unopened, a.anomalies]).toEqual([0, 0, true, 2]);
    expect(rows.find((r) => r.member.id === 'c')!.nudge).toEqual({ kind: 'sent', at: at(18, 30) });
  });
});

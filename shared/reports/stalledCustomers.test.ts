import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { applyBuiltInView } from '../grid/builtInViews.ts';
import { testContext, testLookups, testRow } from '../grid/testRows.ts';
import { stalledCustomers } from './stalledCustomers.ts';

const stages = defaultOptionLists().stages;
const at = (date: string, hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const row = (id: string, customerId: string, followedAt: number, stage: string, ownerId = 'a') => ({ id, customerId, followedAt, stage, ownerId, trashed: false });
const ids = (rows: readonly { followUpId: string }[]) => rows.map((r) => r.followUpId);

describe('stalledCustomers (7天无进展)', () => {
  // Seen on Thursday 2026-12-10: the cutoff is local midnight of 12-03.
  const day = '2026-12-10';

  it('takes customers whose latest follow-up is before day − 7 and left them in an open stage, oldest first', () => {
    const rows = [
      row('old1', 'c1', at('2026-11-20', 10), 'contact'),
      row('old2', 'c1', at('2026-12-02', 23, 59), 'needs'), // c1's latest: 12-02 23:59, 8 days idle
      row('edge', 'c2', at('2026-12-03', 0), 'quote'), // exactly at the cutoff: 7 days, not stalled
      row('won', 'c3', at('2026-11-01', 10), 'won'), // closed
      row('lost', 'c4', at('2026-11-01', 10), 'lost'),
      row('long', 'c5', at('2026-10-31', 9), 'lead', 'b'),
    ];
    const result = stalledCustomers({ followUps: rows, stages, day, utcOffsetMinutes: 480 });
    expect(ids(result)).toEqual(['long', 'old2']);
    expect(result[0]).toMatchObject({ customerId: 'c5', memberId: 'b', stage: 'lead', idleDays: 40 });
    expect(result[1]).toMatchObject({ customerId: 'c1', idleDays: 8 });
  });

  it('reads a past day as it was: later follow-ups and trashed rows do not count', () => {
    const rows = [row('f1', 'c1', at('2026-11-25', 10), 'needs'), row('later', 'c1', at('2026-12-11', 10), 'needs'), { ...row('bin', 'c1', at('2026-12-09', 10), 'needs'), trashed: true }];
    expect(ids(stalledCustomers({ followUps: rows, stages, day, utcOffsetMinutes: 480 }))).toEqual(['f1']);
    expect(stalledCustomers({ followUps: rows, stages, day: '2026-12-11', utcOffsetMinutes: 480 })).toEqual([]);
  });

  it('finds the same rows as the grid’s 7天无进展 view for today', () => {
    const ctx = testContext('2026-11-20', 'rep01');
    const rows = [
      testRow('a1', { customerId: 'ca', followedAt: at('2026-11-10', 10), stage: 'needs' }),
      testRow('a2', { customerId: 'ca', followedAt: at('2026-11-12', 10), stage: 'quote' }),
      testRow('b1', { customerId: 'cb', followedAt: at('2026-11-13', 0), stage: 'quote' }),
      testRow('c1', { customerId: 'cc', followedAt: at('2026-11-12', 23, 59), stage: 'contact' }),
      testRow('d1', { customerId: 'cd', followedAt: at('2026-11-01', 10), stage: 'won' }),
    ];
    const grid = applyBuiltInView('stalled7', rows, ctx, testLookups()).map((r) => r.id).sort();
    expect(grid).toEqual(['a2', 'c1']);
    expect(ids(stalledCustomers({ followUps: rows, stages, day: '2026-11-20', utcOffsetMinutes: 480 })).sort()).toEqual(grid);
  });
});

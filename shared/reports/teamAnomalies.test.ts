import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { formatHlc } from '../sync/hlc.ts';
import { teamAnomalies } from './teamAnomalies.ts';

const stages = defaultOptionLists().stages;
const at = (date: string, hh = 10) => startOfCalendarDate(date, 480) + hh * 3_600_000;
const clock = { '*': formatHlc({ ms: at('2026-10-01'), counter: 0, node: 'n' }) };
let n = 0;
const fu = (customerId: string, date: string, stage: string, ownerId: string) => ({ id: `f${++n}`, customerId, followedAt: at(date), stage, ownerId, trashed: false, clock });

describe('teamAnomalies', () => {
  const day = '2026-12-10';
  // Team: 10 customers enter 需求确认 in the 30 days to 12-10. a: 1 of 5 go on to quote (20%); b: 5 of 5 (100%); team 6/10 = 60%.
  const rows = [
    ...['a1', 'a2', 'a3', 'a4', 'a5'].map((c) => fu(c, '2026-12-04', 'needs', 'a')),
    fu('a1', '2026-12-05', 'quote', 'a'),
    ...['b1', 'b2', 'b3', 'b4', 'b5'].flatMap((c) => [fu(c, '2026-12-02', 'needs', 'b'), fu(c, '2026-12-08', 'quote', 'b')]),
    fu('old', '2026-11-01', 'contact', 'b'), // b's customer idle since 11-01
    fu('x', '2026-11-01', 'contact', 'outsider'),
  ];
  const customers = [{ id: 'a2', ownerId: 'a', stage: 'won', trashed: false, clock: { ...clock, stage: formatHlc({ ms: at(day, 16), counter: 0, node: 'n' }) } }];

  it('gathers conversion gaps, stalled customers and unrecorded moves for the given members only', () => {
    const result = teamAnomalies({ followUps: rows, customers, stages, day, utcOffsetMinutes: 480, memberIds: new Set(['a', 'b']) });
    expect(result.map((r) => `${r.kind}:${r.memberId}`)).toEqual(['conversion:a', 'stalled:b', 'unrecordedMove:a']);
    const conversion = result[0]!;
    expect(conversion.kind === 'conversion' && [conversion.rep.converted, conversion.rep.entered, conversion.team.converted, conversion.team.entered]).toEqual([1, 5, 6, 10]);
    const stalled = result[1]!;
    expect(stalled.kind === 'stalled' && stalled.customers.map((c) => c.customerId)).toEqual(['old']);
  });

  it('compares over the 30 days ending with the day: a shorter period sees fewer entries', () => {
    const result = teamAnomalies({ followUps: rows, customers: [], stages, day, utcOffsetMinutes: 480, memberIds: new Set(['a']), periodDays: 6 });
    // 12-05 … 12-10: a's entries on 12-04 fall outside, so a has none and no conversion warning.
    expect(result.filter((r) => r.kind === 'conversion')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { stageConversion } from './stageConversion.ts';

const stages = defaultOptionLists().stages;
const OFFSET = 480;
/** 10:00 local on 2026-12-<day>. */
const at = (day: number, hour = 10) => startOfCalendarDate(`2026-12-${String(day).padStart(2, '0')}`, OFFSET) + hour * 3_600_000;
let n = 0;
const f = (customerId: string, day: number, stage: string, ownerId = 'a', hour = 10) => ({
  id: `f${String(++n).padStart(3, '0')}`, customerId, followedAt: at(day, hour), stage, ownerId, trashed: false,
});
const period = { from: at(1, 0), to: at(11, 0) }; // 12-01 00:00 … 12-11 00:00 (local)
const needs = (rows: ReturnType<typeof f>[]) => stageConversion({ followUps: rows, stages, ...period }).find((c) => c.stage === 'needs')!;

describe('stageConversion', () => {
  it('lists each open stage with its next one, in pipeline order', () => {
    expect(stageConversion({ followUps: [], stages, ...period }).map((c) => `${c.stage}→${c.next}`)).toEqual([
      'lead→contact', 'contact→needs', 'needs→quote', 'quote→negotiation', 'negotiation→won',
    ]);
  });

  it('counts customers entering a stage in the period and those reaching any later stage by its end', () => {
    const c1 = [f('c1', 1, 'contact'), f('c1', 2, 'needs'), f('c1', 5, 'quote')]; // entered, converted
    const c2 = [f('c2', 3, 'needs'), f('c2', 4, 'needs')]; // entered once (no move on the 4th), not converted
    const c3 = [f('c3', 3, 'needs'), f('c3', 6, 'won')]; // skipping stages still counts as later
    const c4 = [f('c4', 3, 'needs'), f('c4', 6, 'lost')]; // 丢单 is not a later stage
    const c5 = [f('c5', 3, 'needs'), f('c5', 12, 'quote')]; // reached quote after the period's end
    const c6 = [f('c6', 1, 'quote'), f('c6', 2, 'needs'), f('c6', 4, 'quote')]; // went back, then on again
    const result = needs([...c1, ...c2, ...c3, ...c4, ...c5, ...c6]);
    expect(result.team).toMatchObject({ entered: 6, converted: 3, rate: 0.5 });
    expect(result.team.convertedIds).toEqual([c1[1]!.id, c3[0]!.id, c6[1]!.id]);
  });

  it('ignores entries outside the period and trashed rows, and counts a customer once per stage', () => {
    const before = { ...f('c1', 1, 'needs'), followedAt: period.from - 1 }; // 11-30 23:59:59.999 local: before the period
    const twice = [f('c2', 2, 'needs'), f('c2', 3, 'contact'), f('c2', 4, 'needs'), f('c2', 5, 'quote')];
    const trashed = { ...f('c3', 2, 'needs'), trashed: true };
    const result = needs([before, f('c1', 3, 'quote'), ...twice, trashed]);
    expect(result.team).toMatchObject({ entered: 1, converted: 1, enteredIds: [twice[0]!.id] });
  });

  it('credits the rep whose follow-up moved the customer into the stage, each rep once per customer', () => {
    const rows = [
      f('c1', 2, 'needs', 'a'), f('c1', 3, 'quote', 'b'), // a's entry, converted by b's follow-up
      f('c2', 2, 'needs', 'a'), f('c2', 3, 'contact', 'b'), f('c2', 4, 'needs', 'b'), // a and b both moved it in
      f('c3', 2, 'needs', 'b'),
    ];
    const result = needs(rows);
    expect(result.byRep.get('a')).toMatchObject({ entered: 2, converted: 1, rate: 0.5 });
    expect(result.byRep.get('b')).toMatchObject({ entered: 2, converted: 0, rate: 0 });
    expect(result.team).toMatchObject({ entered: 3, converted: 1 });
  });

  it('orders same-instant rows by id and has no rate when nobody entered', () => {
    const a = { id: 'x1', customerId: 'c1', followedAt: at(2), stage: 'needs', ownerId: 'a', trashed: false };
    const b = { id: 'x2', customerId: 'c1', followedAt: at(2), stage: 'quote', ownerId: 'a', trashed: false };
    expect(needs([b, a]).team).toMatchObject({ entered: 1, converted: 1 });
    expect(stageConversion({ followUps: [b, a], stages, ...period }).find((c) => c.stage === 'lead')!.team).toMatchObject({ entered: 0, rate: null });
  });
});

import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { formatHlc } from '../sync/hlc.ts';
import { unrecordedStageMoves } from './unrecordedStageMoves.ts';

const stages = defaultOptionLists().stages;
const at = (date: string, hh: number, mm = 0) => startOfCalendarDate(date, 480) + (hh * 60 + mm) * 60_000;
const created = { '*': formatHlc({ ms: at('2026-11-01', 9), counter: 0, node: 'n' }) };
/** A clock whose `stage` entry says it was edited at `ms`. */
const edited = (ms: number) => ({ ...created, stage: formatHlc({ ms, counter: 0, node: 'n' }) });
const fu = (id: string, customerId: string, followedAt: number, stage: string, clock: Record<string, string> = created) => ({ id, customerId, followedAt, stage, ownerId: 'a', trashed: false, clock });
const customer = (id: string, stage: string, clock: Record<string, string> = created) => ({ id, ownerId: 'b', stage, trashed: false, clock });
const day = '2026-12-03';
const run = (followUps: ReturnType<typeof fu>[], customers: ReturnType<typeof customer>[], on = day) =>
  unrecordedStageMoves({ followUps, customers, stages, day: on, utcOffsetMinutes: 480 });

describe('unrecordedStageMoves', () => {
  it('flags a customer whose stage was raised on the day above its follow-ups, with no follow-up that day', () => {
    const followUps = [fu('f1', 'c1', at('2026-11-28', 10), 'contact'), fu('f2', 'c1', at('2026-12-01', 10), 'needs')];
    const moves = run(followUps, [customer('c1', 'negotiation', edited(at(day, 15, 30)))]);
    expect(moves).toEqual([{ customerId: 'c1', memberId: 'b', from: 'needs', to: 'negotiation', movedAt: at(day, 15, 30), source: 'customer', followUpIds: ['f2'] }]);
  });

  it('leaves alone: a follow-up that day, a move on another day, a move back or to 丢单, a stage set at creation', () => {
    const base = [fu('f1', 'c1', at('2026-12-01', 10), 'needs')];
    const sameDay = [...base, fu('f2', 'c1', at(day, 9), 'needs')];
    expect(run(sameDay, [customer('c1', 'quote', edited(at(day, 15)))])).toEqual([]);
    expect(run(base, [customer('c1', 'quote', edited(at('2026-12-02', 23, 59)))])).toEqual([]);
    expect(run(base, [customer('c1', 'contact', edited(at(day, 15)))])).toEqual([]);
    expect(run(base, [customer('c1', 'lost', edited(at(day, 15)))])).toEqual([]);
    expect(run(base, [customer('c1', 'quote')])).toEqual([]);
  });

  it('flags an older follow-up whose stage was edited forward on the day, against the follow-up before it', () => {
    const followUps = [fu('f1', 'c1', at('2026-11-20', 10), 'needs'), fu('f2', 'c1', at('2026-11-27', 10), 'won', edited(at(day, 21)))];
    expect(run(followUps, [customer('c1', 'needs')])).toMatchObject([{ customerId: 'c1', memberId: 'a', from: 'needs', to: 'won', source: 'followUp', followUpIds: ['f2'] }]);
    // The same edit seen on the next day is that day's business no more.
    expect(run(followUps, [customer('c1', 'needs')], '2026-12-04')).toEqual([]);
  });

  it('counts a customer with no follow-up at all as starting from nothing', () => {
    expect(run([], [customer('c9', 'lead', edited(at(day, 11)))])).toMatchObject([{ customerId: 'c9', from: '', to: 'lead', followUpIds: [] }]);
  });
});

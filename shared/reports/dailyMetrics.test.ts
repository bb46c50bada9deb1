import { describe, expect, it } from 'vitest';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { testRow } from '../grid/testRows.ts';
import { dailyMetrics, type DailyMetricsInput } from './dailyMetrics.ts';

/** Shanghai wall-clock time → epoch ms, written out by hand (UTC = local − 8 h) rather than through calendarDate.ts. */
const sh = (day: number, hour: number, minute = 0, second = 0): number => Date.UTC(2026, 10, day, hour - 8, minute, second);

const fu = (id: string, customerId: string, followedAt: number, patch: Partial<FollowUpDoc> = {}): FollowUpDoc =>
  testRow(id, { customerId, followedAt, ...patch });

type CustomerRow = DailyMetricsInput['customers'][number];
const customer = (id: string, createdAt: number, createdBy = 'rep01', trashed = false): CustomerRow => ({
  id, createdAt, createdBy, ownerId: createdBy, trashed,
});

const run = (followUps: FollowUpDoc[], customers: CustomerRow[] = []) =>
  dailyMetrics({ memberId: 'rep01', day: '2026-11-20', utcOffsetMinutes: 480, followUps, customers });

describe('dailyMetrics', () => {
  it('computes a hand-worked day of rep01 on 2026-11-20 (UTC+8)', () => {
    const followUps = [
      fu('f1', 'c1', sh(20, 9, 30), { stage: 'lead', method: 'phone' }),
      fu('f2', 'c1', sh(20, 14), { stage: 'needs', method: 'visit' }),
      fu('f3', 'c2', sh(15, 10), { stage: 'needs', ownerId: 'rep02' }),
      fu('f4', 'c2', sh(20, 10), { stage: 'quote', method: 'wechat' }),
      fu('f5', 'c2', sh(20, 16), { stage: 'quote', method: 'phone' }),
      fu('f6', 'c6', sh(18, 10), { stage: 'negotiation' }),
      fu('f7', 'c6', sh(20, 11), { stage: 'won', method: 'visit', amount: 120_000 }),
      fu('f8', 'c6', sh(20, 15), { stage: 'lost', method: 'phone' }),
      fu('f9', 'c7', sh(20, 10), { stage: 'quote', ownerId: 'rep02' }),
      fu('f10', 'c7', sh(20, 12), { stage: 'negotiation', method: 'email', trashed: true }),
      fu('f11', 'c8', sh(20, 13), { stage: 'contact', method: 'video' }),
      fu('f12', 'c8', sh(1, 10), { stage: 'lead', trashed: true }),
    ];
    const customers = [
      customer('c1', sh(20, 9)),
      customer('c2', sh(10, 9)),
      customer('c3', sh(20, 9), 'rep02'),
      customer('c4', sh(20, 9), 'rep01', true),
    ];
    const m = run(followUps, customers);
    expect(m.newLeads).toEqual({ count: 1, rows: 'customers', ids: ['c1'] });
    // f12 is trashed, so f11 is c8's first follow-up ever.
    expect(m.firstContacts.ids).toEqual(['f1', 'f11']);
    expect(m.needs.ids).toEqual(['f2']);
    // c2 was at 需求确认 (rep02's f3): f4 moves it to 方案报价, f5 repeats it.
    expect(m.quote).toEqual({ count: 1, rows: 'followUps', ids: ['f4'] });
    expect(m.negotiation.count).toBe(0);
    expect(m.followUps.ids).toEqual(['f1', 'f4', 'f7', 'f11', 'f2', 'f8', 'f5']);
    expect(m.followUps.count).toBe(7);
    expect(m.won).toEqual({ count: 1, rows: 'followUps', ids: ['f7'], amount: 120_000 });
    expect(m.byMethod.phone.ids).toEqual(['f1', 'f8', 'f5']);
    expect(m.byMethod.visit.ids).toEqual(['f7', 'f2']);
    expect(m.byMethod.wechat.ids).toEqual(['f4']);
    expect(m.byMethod.email.count).toBe(0);
  });

  it('puts 23:59:59 local in D and 00:00:00 of D+1 out, though their UTC dates say otherwise', () => {
    const followUps = [
      fu('before', 'c1', Date.UTC(2026, 10, 19, 15, 59, 59)), // local 11-19 23:59:59
      fu('first', 'c1', Date.UTC(2026, 10, 19, 16, 0, 0)), // local 11-20 00:00:00, UTC date 11-19
      fu('last', 'c1', Date.UTC(2026, 10, 20, 15, 59, 59)), // local 11-20 23:59:59
      fu('next', 'c1', Date.UTC(2026, 10, 20, 16, 0, 0)), // local 11-21 00:00:00, UTC date 11-20
    ];
    const customers = [customer('late', Date.UTC(2026, 10, 20, 15, 59, 59)), customer('tomorrow', Date.UTC(2026, 10, 20, 16))];
    const m = run(followUps, customers);
    expect(m.followUps.ids).toEqual(['first', 'last']);
    expect(m.newLeads.ids).toEqual(['late']);
  });

  it('counts a deal moved to won then to lost on D as won (DOMAIN: customers moved to won on D), with its amount', () => {
    const m = run([
      fu('a', 'c1', sh(19, 10), { stage: 'negotiation' }),
      fu('b', 'c1', sh(20, 10), { stage: 'won', amount: 50_000 }),
      fu('c', 'c1', sh(20, 17), { stage: 'lost' }),
    ]);
    expect(m.won).toEqual({ count: 1, rows: 'followUps', ids: ['b'], amount: 50_000 });
  });

  it('counts a customer won, lost and won again on D once, with the last win amount', () => {
    const m = run([
      fu('a', 'c1', sh(20, 9), { stage: 'won', amount: 10_000 }),
      fu('b', 'c1', sh(20, 10), { stage: 'lost' }),
      fu('c', 'c1', sh(20, 11), { stage: 'won', amount: 12_000 }),
      fu('d', 'c2', sh(20, 12), { stage: 'won' }),
    ]);
    expect(m.won).toEqual({ count: 2, rows: 'followUps', ids: ['c', 'd'], amount: 12_000 });
  });

  it('returns all zeros for an empty day without crashing', () => {
    const zero = { count: 0, rows: 'followUps', ids: [] };
    const m = run([fu('other-day', 'c1', sh(21, 10))], [customer('c1', sh(19, 10))]);
    expect(m).toEqual({
      newLeads: { count: 0, rows: 'customers', ids: [] },
      firstContacts: zero, needs: zero, quote: zero, negotiation: zero, followUps: zero,
      won: { ...zero, amount: 0 },
      byMethod: { phone: zero, visit: zero, wechat: zero, email: zero },
    });
    expect(run([]).followUps.count).toBe(0);
  });

  it("counts a customer's first follow-up ever only when no one followed it up before, even on D", () => {
    const m = run([
      fu('new', 'c1', sh(20, 10)),
      fu('old-before', 'c2', sh(3, 10), { ownerId: 'rep02' }),
      fu('old', 'c2', sh(20, 11)),
      fu('same-day-1', 'c3', sh(20, 8)),
      fu('same-day-2', 'c3', sh(20, 9)),
    ]);
    expect(m.firstContacts.ids).toEqual(['same-day-1', 'new']);
  });

  it('counts two follow-ups at 方案报价 on one customer on D once, and a first follow-up at a stage as a move into it', () => {
    const m = run([
      fu('q1', 'c1', sh(20, 9), { stage: 'quote' }),
      fu('q2', 'c1', sh(20, 15), { stage: 'quote' }),
      fu('n0', 'c2', sh(19, 9), { stage: 'needs' }),
      fu('n1', 'c2', sh(20, 10), { stage: 'needs' }),
      fu('g1', 'c2', sh(20, 11), { stage: 'negotiation' }),
    ]);
    expect(m.quote.ids).toEqual(['q1']);
    expect(m.needs.count).toBe(0);
    expect(m.negotiation.ids).toEqual(['g1']);
  });

  it("ignores other reps' follow-ups and leads, and trashed rows", () => {
    const m = run(
      [
        fu('theirs', 'c1', sh(20, 10), { ownerId: 'rep02', stage: 'won', amount: 9_000 }),
        fu('binned', 'c2', sh(20, 10), { stage: 'won', amount: 9_000, trashed: true }),
      ],
      [customer('c1', sh(20, 9), 'rep02'), customer('c2', sh(20, 9), 'rep01', true)],
    );
    expect([m.followUps.count, m.won.count, m.won.amount, m.newLeads.count, m.firstContacts.count]).toEqual([0, 0, 0, 0, 0]);
  });
});

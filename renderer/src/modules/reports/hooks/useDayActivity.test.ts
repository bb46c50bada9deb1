import { firstValueFrom, filter, take, toArray } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import type { FollowUpDoc } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { testRow } from '../../../../../shared/grid/testRows.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { customerHistoryQuery, repDayQuery } from '../utils/dayQueries.ts';
import { dayActivity$ } from './useDayActivity.ts';

/** Shanghai wall-clock time on 2026-11-<day> → epoch ms (UTC = local − 8 h). */
const sh = (day: number, hour: number, minute = 0, second = 0): number => Date.UTC(2026, 10, day, hour - 8, minute, second);
const fu = (id: string, customerId: string, followedAt: number, patch: Partial<FollowUpDoc> = {}): FollowUpDoc =>
  testRow(id, { customerId, followedAt, ...patch });

let db: SalesDeskDatabase;
afterEach(() => db.remove());

const open = async () => {
  db = await openDatabase({ name: `day${Date.now()}${Math.random().toString(36).slice(2)}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups', 'customers'] });
  return db;
};

const args = { memberId: 'rep01', day: '2026-11-20', utcOffsetMinutes: 480, wonStageIds: ['won'] };

describe('dayActivity$ (the daily report’s live read)', () => {
  it('reads the rep’s day in the team’s time zone and each touched customer’s history, and nothing else counts', async () => {
    await open();
    await db.followups.bulkInsert([
      // c1: rep02 confirmed needs on 11-18; rep01 quotes on 11-20 → a move into 方案报价, not a first contact.
      fu('a', 'c1', sh(18, 10), { ownerId: 'rep02', stage: 'needs' }),
      fu('b', 'c1', sh(20, 0, 0, 0), { stage: 'quote', method: 'visit' }),
      // Just outside the day on both sides (local 11-19 23:59:59 and 11-21 00:00:00).
      fu('c', 'c2', sh(19, 23, 59, 59), { stage: 'lead' }),
      fu('d', 'c2', sh(21, 0, 0, 0), { stage: 'quote' }),
      // The last second of the day: c2 already had 'c', so no first contact; stays at lead → no move.
      fu('e', 'c2', sh(20, 23, 59, 59), { stage: 'lead', method: 'wechat' }),
      // Someone else's day, and a binned row of mine.
      fu('f', 'c3', sh(20, 11), { ownerId: 'rep02', stage: 'won', amount: 9000 }),
      fu('g', 'c4', sh(20, 12), { stage: 'won', amount: 5000, trashed: true }),
    ]);
    await db.customers.insert(stampNew(newCustomerFields('c9', '新客户', 'rep01'), { now: sh(20, 9), memberId: 'rep01', clock: `${sh(20, 9)}:0000:t` }));
    const first = await firstValueFrom(dayActivity$(db, args));
    expect(first.dayFollowUps.map((f) => f.id)).toEqual(['e', 'b']);
    expect(first.metrics.followUps.ids).toEqual(['b', 'e']);
    expect(first.metrics.quote.ids).toEqual(['b']);
    expect(first.metrics.firstContacts.count).toBe(0);
    expect(first.metrics.won.count).toBe(0);
    expect(first.metrics.newLeads.ids).toEqual(['c9']);
    expect(first.metrics.byMethod.wechat.ids).toEqual(['e']);
  });

  it('follows edits live: a new follow-up of a new customer today adds a first contact and a win', async () => {
    await open();
    await db.followups.insert(fu('a', 'c1', sh(20, 9)));
    const seen = dayActivity$(db, args).pipe(
      filter((a) => a.metrics.followUps.count === 2),
      take(1),
      toArray(),
    );
    const done = firstValueFrom(seen);
    await db.followups.insert(fu('b', 'c5', sh(20, 15), { stage: 'won', amount: 12_000 }));
    const [after] = await done;
    expect(after?.metrics.firstContacts.ids).toEqual(['a', 'b']);
    expect(after?.metrics.won).toMatchObject({ ids: ['b'], amount: 12_000 });
  });

  it('reads over indexes, never the whole follow-up collection', async () => {
    await open();
    // The plan RxDB itself runs the query with (it adds `_deleted` in front of every index).
    const plan = (query: object) => db.followups.find(query).getPreparedQuery().queryPlan;
    const day = plan(repDayQuery('rep01', sh(20, 0), sh(21, 0)));
    expect(day.index.slice(0, 3)).toEqual(['_deleted', 'ownerId', 'followedDesc']);
    expect(day.startKeys.slice(0, 3)).toEqual([false, 'rep01', 9e15 - sh(21, 0)]);
    expect(day.endKeys.slice(0, 3)).toEqual([false, 'rep01', 9e15 - sh(20, 0)]);
    const history = plan(customerHistoryQuery('c1', sh(21, 0)));
    expect(history.index.slice(0, 3)).toEqual(['_deleted', 'customerId', 'followedAt']);
    expect(history.endKeys.slice(0, 3)).toEqual([false, 'c1', sh(21, 0)]);
  });
});

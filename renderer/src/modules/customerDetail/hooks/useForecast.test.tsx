import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { openDatabase } from '../../../../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../../../../shared/db/schemaValidator.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { createHlcClock } from '../../../../../shared/sync/createHlcClock.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { DatabaseContext } from '../../../db/DatabaseContext.ts';
import { useForecast } from './useForecast.ts';

let db: SalesDeskDatabase;
afterEach(() => db.remove());

const stamp = { now: 1, memberId: 'admin', clock: '1-0-seed' };
const month = toCalendarDate(Date.now(), 480).slice(0, 7);

describe('useForecast on real RxDB', () => {
  it('forecasts open deals by month and rep from their evidence, follows a customer’s change live, and flags a big deal with thin evidence', async () => {
    db = await openDatabase({ name: `fc${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['customers', 'followups', 'teamsettings'] });
    await db.teamsettings.insert(stampNew(defaultTeamSettings('华东', ''), stamp));
    const deal = (id: string, ownerId: string, amount: number, node: 'needsConfirmed' | 'downPayment' | null, extra: object = {}) =>
      stampNew({ ...newCustomerFields(id, id, ownerId), stage: 'quote', expectedAmount: amount, expectedCloseDate: `${month}-28`, evidence: node ? [{ node, reachedAt: '2026-01-05', note: '', attachmentIds: [] }] : [], ...extra }, stamp);
    await db.customers.bulkInsert([
      deal('big', 'rep-a', 1_000_000, 'needsConfirmed'),
      deal('sure', 'rep-b', 200_000, 'downPayment'),
      deal('small', 'rep-a', 100_000, null),
      deal('won', 'rep-b', 500_000, 'downPayment', { stage: 'won' }),
    ]);
    const wrapper = ({ children }: { children: ReactNode }) => <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
    const { result } = renderHook(() => useForecast(), { wrapper });
    await waitFor(() => expect(result.current?.forecast.deals).toHaveLength(3));
    const view = result.current!;
    // 1,000,000 × 0.3 + 200,000 × 0.9 + 100,000 × 0; commit = the down-paid deal's amount; won deals are not open.
    expect(view.forecast.total).toMatchObject({ forecast: 480_000, commit: 200_000, bestCase: 1_300_000 });
    expect(view.forecast.byMonth.map((l) => l.key)).toEqual([month]);
    expect(view.forecast.byRep.map((l) => [l.key, l.forecast])).toEqual([['rep-a', 300_000], ['rep-b', 180_000]]);
    expect(view.risky.map((d) => d.customerId)).toEqual(['big']);
    await waitFor(() => expect(result.current?.deviation).toHaveLength(6));

    // The big deal's amount is cut: the forecast follows at once.
    await patchStamped((await db.customers.findOne('big').exec())!, { expectedAmount: 500_000 }, { memberId: 'admin', clock: createHlcClock('t', Date.now), now: Date.now });
    await waitFor(() => expect(result.current?.forecast.total.forecast).toBe(330_000));
  });
});

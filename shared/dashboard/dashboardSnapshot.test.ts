import { describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../domain/options.ts';
import { buildDashboardIndex, type DashboardRow } from './dashboardIndex.ts';
import { decodeDashboardSnapshot, encodeDashboardSnapshot, type DashboardSnapshot } from './dashboardSnapshot.ts';
import { evidenceHeatmap } from './evidenceHeatmap.ts';
import { overdueCustomers } from './overdueCustomers.ts';
import { periodMeasures } from './periodMeasures.ts';
import { pipelineFunnel } from './pipelineFunnel.ts';
import { repConversion } from './repConversion.ts';
import { CLOCK, OFFSET, TODAY, customers, filterOf, index, stages } from './testDashboard.ts';

const fields = (r: DashboardRow): DashboardRow => ({
  id: r.id, customerId: r.customerId, followedAt: r.followedAt, stage: r.stage, ownerId: r.ownerId, nextOwnerId: r.nextOwnerId,
  method: r.method, nextDate: r.nextDate, nextAction: r.nextAction, trashed: false, ...(r.amount === undefined ? {} : { amount: r.amount }),
});

const snapshot: DashboardSnapshot = {
  savedAt: 1_790_000_000_000,
  rows: [...index.rows],
  customers,
  members: [{ id: 'a', name: '张伟', role: 'rep', active: true, trashed: false, joinedAt: 0 }, { id: 'b', name: '李娜', role: 'manager', active: true, trashed: false, joinedAt: 5 }],
  reports: [{ memberId: 'a', date: '2026-12-01', status: 'submitted', submittedAt: 7, lateMinutes: 0, trashed: false }],
  options: defaultOptionLists(),
  utcOffsetMinutes: OFFSET,
  reportDeadline: '20:00',
};

describe('dashboard snapshots', () => {
  it('come back with every field the 看板 reads, and the same numbers', () => {
    const back = decodeDashboardSnapshot(encodeDashboardSnapshot(snapshot))!;
    expect(back.rows).toEqual(index.rows.map(fields));
    expect(back.rows.find((r) => r.id === 'f08')).toMatchObject({ nextOwnerId: 'a', nextDate: '2026-12-01', stage: 'contact' });
    expect(back.rows.find((r) => r.id === 'f10')!.amount).toBe(200_000);
    expect('amount' in back.rows.find((r) => r.id === 'f01')!).toBe(false);
    expect(back.customers.find((c) => c.id === 'c1')!.evidence.map((e) => [e.node, e.reachedAt])).toEqual([['needsConfirmed', '2026-12-01'], ['techAgreement', '2026-12-02'], ['commercialTerms', '2026-12-05']]);
    expect([back.members, back.reports, back.options, back.utcOffsetMinutes, back.reportDeadline, back.savedAt]).toEqual([snapshot.members, snapshot.reports, snapshot.options, OFFSET, '20:00', snapshot.savedAt]);
    const again = buildDashboardIndex({ followUps: back.rows, customers: back.customers, stages });
    for (const f of [filterOf(), filterOf('thisWeek', { memberId: 'a' }), filterOf('lastWeek', { sourceId: 'online' })]) {
      expect(pipelineFunnel(again, f)).toEqual(pipelineFunnel(index, f));
      expect(periodMeasures(again, f.period, f, OFFSET)).toEqual(periodMeasures(index, f.period, f, OFFSET));
      expect(repConversion(again, f, CLOCK)).toEqual(repConversion(index, f, CLOCK));
      expect(overdueCustomers(again, f, CLOCK)).toEqual(overdueCustomers(index, f, CLOCK));
      expect(evidenceHeatmap(again, f, TODAY)).toEqual(evidenceHeatmap(index, f, TODAY));
    }
  });

  it('an empty team round-trips; anything else reads as no snapshot', () => {
    expect(decodeDashboardSnapshot(encodeDashboardSnapshot({ ...snapshot, rows: [], customers: [] }))).toMatchObject({ rows: [], customers: [] });
    const bytes = encodeDashboardSnapshot(snapshot);
    expect(decodeDashboardSnapshot(bytes.slice(0, bytes.byteLength - 3))).toBeNull();
    expect(decodeDashboardSnapshot(new TextEncoder().encode('{"kind":"x"}').buffer)).toBeNull();
    expect(decodeDashboardSnapshot(new ArrayBuffer(2))).toBeNull();
  });
});

import type { EvidenceRecord } from '../db/schemas/customerSchema.ts';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { testRow } from '../grid/testRows.ts';
import type { GridRow } from '../grid/gridTypes.ts';
import { buildDashboardIndex, type DashboardCustomer } from './dashboardIndex.ts';
import type { DashboardClock, DashboardFilter } from './dashboardFilter.ts';
import { dashboardPeriod, type PeriodPreset } from './dashboardPeriod.ts';

/**
 * The hand-worked team of the dashboard's unit tests (Shanghai, +08:00). Today is Thursday 2026-12-03,
 * noon; 本周 is 11-30 … 12-06. Reps a and b; five customers:
 *   c1 expo,     created by a 11-30: f01 11-30 lead (a) → f02 12-01 needs (a) → f03 12-02 quote (a, ¥80,000, plan 12-02)
 *   c2 online,   created by b 11-20: f04 11-25 contact (b, plan 11-28) · f05 12-01 contact (b) · f06 12-02 needs (b, plan 12-10)
 *   c3 expo,     created by a 12-02: f07 12-02 lead (a) → f08 12-02 15:00 contact (b, plan 12-01 for a)
 *   c4 online,   created by b 11-10: f09 11-20 negotiation (b) → f10 12-01 won (b, ¥200,000) · f11 12-01 16:00 won again (b)
 *   c5 referral, created by a 11-19: f12 11-20 quote (a, plan 11-25)
 *   f13 12-01 quote (a) on c1 is in the recycle bin.
 */
export const OFFSET = 480;
export const TODAY = '2026-12-03';
export const CLOCK: DashboardClock = { today: TODAY, now: Date.UTC(2026, 11, 3, 4), utcOffsetMinutes: OFFSET };
export const stages = defaultOptionLists().stages;
export const methods = defaultOptionLists().methods;

/** hh:00 local on a 2026 'MM-DD'. */
export const at = (monthDay: string, hour = 10): number => startOfCalendarDate(`2026-${monthDay}`, OFFSET) + hour * 3_600_000;

const row = (id: string, customerId: string, monthDay: string, stage: string, ownerId: string, { hour = 10, ...patch }: Partial<GridRow> & { hour?: number } = {}): GridRow =>
  testRow(id, { customerId, followedAt: at(monthDay, hour), stage, ownerId, ...patch });

export const followUps: GridRow[] = [
  row('f01', 'c1', '11-30', 'lead', 'a', { method: 'phone' }),
  row('f02', 'c1', '12-01', 'needs', 'a', { method: 'visit' }),
  row('f03', 'c1', '12-02', 'quote', 'a', { method: 'wechat', amount: 80_000, nextDate: '2026-12-02' }),
  row('f04', 'c2', '11-25', 'contact', 'b', { nextDate: '2026-11-28' }),
  row('f05', 'c2', '12-01', 'contact', 'b', { method: 'phone', hour: 11 }),
  row('f06', 'c2', '12-02', 'needs', 'b', { method: 'email', hour: 11, nextDate: '2026-12-10' }),
  row('f07', 'c3', '12-02', 'lead', 'a', { method: 'phone', hour: 14 }),
  row('f08', 'c3', '12-02', 'contact', 'b', { method: 'phone', hour: 15, nextDate: '2026-12-01', nextOwnerId: 'a' }),
  row('f09', 'c4', '11-20', 'negotiation', 'b'),
  row('f10', 'c4', '12-01', 'won', 'b', { method: 'visit', hour: 12, amount: 200_000 }),
  row('f11', 'c4', '12-01', 'won', 'b', { method: 'video', hour: 16, amount: 200_000 }),
  row('f12', 'c5', '11-20', 'quote', 'a', { nextDate: '2026-11-25' }),
  row('f13', 'c1', '12-01', 'quote', 'a', { trashed: true }),
];

const evidence = (node: EvidenceRecord['node'], reachedAt: string): EvidenceRecord => ({ node, reachedAt, note: '', attachmentIds: [] });
const customer = (id: string, source: string, createdBy: string, created: string, patch: Partial<DashboardCustomer> = {}): DashboardCustomer => ({
  id, name: `客户${id}`, source, ownerId: createdBy, createdAt: at(created, 9), createdBy, trashed: false, evidence: [], ...patch,
});

export const customers: DashboardCustomer[] = [
  customer('c1', 'expo', 'a', '11-30', {
    expectedAmount: 100_000,
    evidence: [evidence('needsConfirmed', '2026-12-01'), evidence('techAgreement', '2026-12-02'), evidence('commercialTerms', '2026-12-05')],
  }),
  customer('c2', 'online', 'b', '11-20', { expectedAmount: 50_000 }),
  customer('c3', 'expo', 'a', '12-02'),
  customer('c4', 'online', 'b', '11-10', {
    evidence: (['needsConfirmed', 'techAgreement', 'commercialTerms', 'downPayment', 'deliveryPlan'] as const).map((n) => evidence(n, '2026-11-25')),
  }),
  customer('c5', 'referral', 'a', '11-19'),
];

export const index = buildDashboardIndex({ followUps, customers, stages });

export const filterOf = (preset: PeriodPreset = 'thisWeek', patch: Partial<Omit<DashboardFilter, 'period'>> = {}, custom?: { from: string; to: string }): DashboardFilter => ({
  period: dashboardPeriod(preset, TODAY, OFFSET, custom), memberId: null, sourceId: null, ...patch,
});

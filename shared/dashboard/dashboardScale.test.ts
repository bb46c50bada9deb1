import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../demo/generateDemoData.ts';
import { defaultOptionLists } from '../domain/options.ts';
import { buildDashboardIndex } from './dashboardIndex.ts';
import type { DashboardClock, DashboardFilter } from './dashboardFilter.ts';
import { dashboardPeriod, type PeriodPreset } from './dashboardPeriod.ts';
import { decodeDashboardSnapshot, encodeDashboardSnapshot } from './dashboardSnapshot.ts';
import { evidenceHeatmap } from './evidenceHeatmap.ts';
import { methodActivity } from './methodActivity.ts';
import { overdueCustomers } from './overdueCustomers.ts';
import { periodMeasures } from './periodMeasures.ts';
import { pipelineFunnel } from './pipelineFunnel.ts';
import { repConversion } from './repConversion.ts';
import { submissionTrend } from './submissionTrend.ts';
import { weeklyTrends } from './weeklyTrends.ts';

/**
 * The builders over 100,000 follow-ups: correctness checks that hold at any size (no timed assertions;
 * the timings are printed for the record, the Chromium benchmark measures the page).
 */
describe('the dashboard at 100,000 follow-ups', () => {
  const now = Date.UTC(2026, 11, 3, 4);
  const clock: DashboardClock = { today: '2026-12-03', now, utcOffsetMinutes: 480 };
  const options = defaultOptionLists();
  const demo = generateDemoData({ seed: 11, now, followUps: 100_000, adminId: 'admin' });
  const reps = demo.members.filter((m) => m.role === 'rep');
  const sources = new Map(demo.customers.map((c) => [c.id, c.source]));

  it('builds the index once and answers three filters consistently', { timeout: 60_000 }, () => {
    let t = performance.now();
    const index = buildDashboardIndex({ followUps: demo.followUps, customers: demo.customers, stages: options.stages });
    const timings: string[] = [`index ${(performance.now() - t).toFixed(0)} ms`];
    expect(index.rows).toHaveLength(demo.followUps.filter((f) => !f.trashed).length);
    const filters: [PeriodPreset, string | null, string | null][] = [['thisMonth', null, null], ['lastWeek', reps[0]!.id, null], ['thisWeek', null, 'expo']];
    for (const [preset, memberId, sourceId] of filters) {
      const filter: DashboardFilter = { period: dashboardPeriod(preset, clock.today, 480), memberId, sourceId };
      t = performance.now();
      const funnel = pipelineFunnel(index, filter);
      const conversion = repConversion(index, filter, clock);
      const trends = weeklyTrends(index, filter, clock);
      const kpis = periodMeasures(index, filter.period, filter, 480);
      const methods = methodActivity(index, filter, options.methods);
      const heatmap = evidenceHeatmap(index, filter, clock.today);
      const rates = submissionTrend({ reps, reports: demo.dailyReports, deadline: '20:00', filter, clock });
      const overdue = overdueCustomers(index, filter, clock);
      timings.push(`${preset}/${memberId ?? '全员'}/${sourceId ?? '全部来源'} ${(performance.now() - t).toFixed(0)} ms`);

      // The period's rows, counted independently of the index.
      const rowsIn = (start: number, end: number) => demo.followUps.filter((f) => !f.trashed && f.followedAt >= start && f.followedAt < end
        && (memberId === null || f.ownerId === memberId) && (sourceId === null || sources.get(f.customerId) === sourceId));
      const inPeriod = rowsIn(filter.period.start, filter.period.end);
      expect(kpis.followUps.count).toBe(inPeriod.length);
      expect(inPeriod.length).toBeGreaterThan(100);
      expect(methods.reduce((s, m) => s + m.count, 0)).toBe(inPeriod.length);
      // Funnel layers narrow; the stage-exact counts are the heatmap's columns.
      funnel.layers.forEach((layer, k) => expect(layer.count).toBeGreaterThanOrEqual(funnel.layers[k + 1]?.count ?? 0));
      funnel.layers.forEach((layer, k) => {
        const exact = layer.count - (funnel.layers[k + 1]?.count ?? 0);
        expect(heatmap.cells.filter((c) => c.stage === layer.stage).reduce((s, c) => s + c.customers, 0)).toBe(exact);
      });
      expect(funnel.total).toBeLessThanOrEqual(new Set(inPeriod.map((f) => f.customerId)).size);
      const lastWeek = trends.at(-1)!;
      expect(lastWeek.followUps.count).toBe(rowsIn(lastWeek.week.start, lastWeek.week.end).length);
      expect(conversion.steps).toHaveLength(5);
      expect(rates).toHaveLength(8);
      expect(overdue.top.length).toBeLessThanOrEqual(10);
    }
    // The snapshot the page draws from at start: same funnel, a small fraction of the stored documents' size.
    t = performance.now();
    const bytes = encodeDashboardSnapshot({ savedAt: now, rows: [...index.rows], customers: demo.customers, members: demo.members, reports: demo.dailyReports, options, utcOffsetMinutes: 480, reportDeadline: '20:00' });
    const encoded = performance.now() - t;
    t = performance.now();
    const back = decodeDashboardSnapshot(bytes)!;
    const decoded = performance.now() - t;
    const again = buildDashboardIndex({ followUps: back.rows, customers: back.customers, stages: options.stages });
    const month: DashboardFilter = { period: dashboardPeriod('thisMonth', clock.today, 480), memberId: null, sourceId: null };
    expect(pipelineFunnel(again, month)).toEqual(pipelineFunnel(index, month));
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(demo.followUps).length / 4);
    timings.push(`snapshot ${(bytes.byteLength / 1e6).toFixed(1)} MB, encode ${encoded.toFixed(0)} ms, decode ${decoded.toFixed(0)} ms`);
    console.info(`dashboard builders, 100,000 follow-ups: ${timings.join(' · ')}`);
  });
});

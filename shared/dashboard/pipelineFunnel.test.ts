import { describe, expect, it } from 'vitest';
import { testRow } from '../grid/testRows.ts';
import { buildDashboardIndex } from './dashboardIndex.ts';
import { pipelineFunnel } from './pipelineFunnel.ts';
import { at, customers, filterOf, followUps, index, stages } from './testDashboard.ts';

const counts = (f: ReturnType<typeof pipelineFunnel>) => Object.fromEntries(f.layers.map((l) => [l.stage, l.count]));

describe('pipelineFunnel', () => {
  it('places each customer of the week by its latest follow-up and counts it at that stage and every one before', () => {
    // Latest this week: c1 f03 quote, c2 f06 needs, c3 f08 contact, c4 f11 won (c5 had none this week).
    const funnel = pipelineFunnel(index, filterOf());
    expect(counts(funnel)).toEqual({ lead: 4, contact: 4, needs: 3, quote: 2, negotiation: 1, won: 1 });
    expect(funnel.total).toBe(4);
    // One row per customer: the layer opens exactly as many rows as it counts.
    expect(funnel.layers.find((l) => l.stage === 'quote')!.ids).toEqual(['f11', 'f03']);
  });

  it('follows the member and source filters (a’s own rows: c1 at quote, c3 at lead)', () => {
    expect(counts(pipelineFunnel(index, filterOf('thisWeek', { memberId: 'a' })))).toEqual({ lead: 2, contact: 1, needs: 1, quote: 1, negotiation: 0, won: 0 });
    expect(counts(pipelineFunnel(index, filterOf('thisWeek', { sourceId: 'online' })))).toEqual({ lead: 2, contact: 2, needs: 2, quote: 1, negotiation: 1, won: 1 });
  });

  it('leaves out a customer whose latest follow-up is 丢单, and is empty for a period without follow-ups', () => {
    const lost = testRow('f99', { customerId: 'c3', followedAt: at('12-03', 9), stage: 'lost', ownerId: 'b' });
    expect(pipelineFunnel(buildDashboardIndex({ followUps: [...followUps, lost], customers, stages }), filterOf()).total).toBe(3);
    expect(pipelineFunnel(index, filterOf('custom', {}, { from: '2026-10-01', to: '2026-10-31' })).total).toBe(0);
  });
});

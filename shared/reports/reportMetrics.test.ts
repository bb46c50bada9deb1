import { describe, expect, it } from 'vitest';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { testRow } from '../grid/testRows.ts';
import { dailyMetrics } from './dailyMetrics.ts';
import { freezeReportMetrics } from './freezeReportMetrics.ts';
import { metricFollowUpIds } from './metricFollowUpIds.ts';
import { reportMetricCatalog, reportMetricDef } from './reportMetricCatalog.ts';

/** Shanghai wall-clock time on 2026-11-<day> → epoch ms (UTC = local − 8 h). */
const sh = (day: number, hour: number, minute = 0): number => Date.UTC(2026, 10, day, hour - 8, minute);
const fu = (id: string, customerId: string, followedAt: number, patch: Partial<FollowUpDoc> = {}): FollowUpDoc =>
  testRow(id, { customerId, followedAt, ...patch });

// rep01 on 11-20: c1 is new today (created 09:00, first call 09:30, needs confirmed at the 14:00 visit);
// c2 was at 需求确认 since 11-15 and gets a quote by WeChat; c3 is won at 0.1 + 0.2 万 (binary noise on purpose).
const followUps = [
  fu('f1', 'c1', sh(20, 9, 30), { stage: 'lead', method: 'phone' }),
  fu('f2', 'c1', sh(20, 14), { stage: 'needs', method: 'visit' }),
  fu('f3', 'c2', sh(15, 10), { stage: 'needs' }),
  fu('f4', 'c2', sh(20, 10), { stage: 'quote', method: 'wechat' }),
  fu('f5', 'c3', sh(18, 10), { stage: 'negotiation' }),
  fu('f6', 'c3', sh(20, 16), { stage: 'won', method: 'email', amount: 0.1 }),
  fu('f7', 'c4', sh(20, 17), { stage: 'won', method: 'video', amount: 0.2 }),
];
const customers = [{ id: 'c1', createdAt: sh(20, 9), createdBy: 'rep01', ownerId: 'rep01', trashed: false }];
const m = dailyMetrics({ memberId: 'rep01', day: '2026-11-20', utcOffsetMinutes: 480, followUps, customers });

describe('report metric catalogue', () => {
  it('freezes every DOMAIN.md number of the day under its template id, amounts without float noise', () => {
    expect(freezeReportMetrics(m)).toEqual({
      newLeads: 1, firstContacts: 2, needsConfirmed: 1, quotes: 1, negotiations: 0, followUps: 5, won: 2, wonAmount: 0.3,
      calls: 1, visits: 1, wechats: 1, emails: 1,
    });
  });

  it('covers the metric ids the default template and the demo reports use, and nothing else', () => {
    expect(reportMetricCatalog.map((d) => d.id)).toEqual([
      'newLeads', 'firstContacts', 'needsConfirmed', 'quotes', 'negotiations', 'followUps', 'won', 'wonAmount', 'calls', 'visits', 'wechats', 'emails',
    ]);
    expect(reportMetricDef('visits')?.group).toBe('method');
    expect(reportMetricDef('wonAmount')?.unit).toBe('yuan');
    expect(reportMetricDef('nope')).toBeUndefined();
  });

  it('opens the follow-up rows behind each number; 新增线索 (customers) opens the day’s follow-ups of the new customers', () => {
    const ids = (id: string) => metricFollowUpIds(reportMetricDef(id)!, m, followUps);
    expect(ids('newLeads')).toEqual(['f1', 'f2']);
    expect(ids('firstContacts')).toEqual(['f1', 'f7']);
    expect(ids('quotes')).toEqual(['f4']);
    expect(ids('won')).toEqual(['f6', 'f7']);
    expect(ids('wonAmount')).toEqual(['f6', 'f7']);
    expect(ids('emails')).toEqual(['f6']);
    expect(ids('negotiations')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { appLinkHash, parseAppLink, type AppLink } from './appLink.ts';

describe('appLink', () => {
  it('round-trips every kind of link, ids with commas and Chinese titles included', () => {
    const links: AppLink[] = [
      { kind: 'followUpRow', id: 'f-123' },
      { kind: 'followUpIds', ids: ['a,1', 'b/2', 'c'], title: '张伟 · 2026-12-03 · 方案报价' },
      { kind: 'followUpIds', ids: [] },
      { kind: 'report', memberId: 'm/1', date: '2026-12-03' },
      { kind: 'teamReports', date: '2026-12-01' },
      { kind: 'weekly', weekStart: '2026-11-30' },
      { kind: 'customer', id: 'c/42' },
      { kind: 'page', page: 'dashboard' },
    ];
    for (const link of links) expect(parseAppLink(appLinkHash(link))).toEqual(link);
  });

  it('reads a bad or partial hash as the page it names', () => {
    expect(parseAppLink('#/reports/m1/2026-13')).toEqual({ kind: 'page', page: 'reports' });
    expect(parseAppLink('#/followups/row/')).toEqual({ kind: 'page', page: 'followups' });
    expect(parseAppLink('#/followups/row/%E0%A4%A')).toEqual({ kind: 'page', page: 'followups' });
    expect(parseAppLink('')).toEqual({ kind: 'page', page: '' });
    expect(parseAppLink('#/dashboard/weekly/11-30')).toEqual({ kind: 'page', page: 'dashboard' });
  });
});

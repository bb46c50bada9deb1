import { describe, expect, it } from 'vitest';
import { evidenceHeatmap } from './evidenceHeatmap.ts';
import { filterOf, index, TODAY } from './testDashboard.ts';

describe('evidenceHeatmap', () => {
  it('places the week’s customers by their latest follow-up’s 责任人 and stage, evidence as it stood today', () => {
    const map = evidenceHeatmap(index, filterOf(), TODAY);
    expect(map.stages).toEqual(['lead', 'contact', 'needs', 'quote', 'negotiation', 'won']);
    const cell = (memberId: string, stage: string) => map.cells.find((c) => c.memberId === memberId && c.stage === stage);
    // c1 (a, quote): 需求确认书 12-01 and 技术协议 12-02 count; 商务条款 dated 12-05 is after today.
    expect(cell('a', 'quote')).toEqual({ memberId: 'a', stage: 'quote', customers: 1, completeness: 0.4, maturity: 0.5, commit: 0, forecast: 50_000, ids: ['f03'] });
    // c4 (b, won): all five nodes, commit; no forecast for a won deal.
    expect(cell('b', 'won')).toMatchObject({ customers: 1, completeness: 1, maturity: 1, commit: 1, forecast: null, ids: ['f11'] });
    // c3's latest row is b's f08 (contact), c2's is f06 (needs): no evidence.
    expect(cell('b', 'contact')).toMatchObject({ customers: 1, completeness: 0, ids: ['f08'] });
    expect(cell('b', 'needs')).toMatchObject({ customers: 1, completeness: 0, forecast: 0 });
    expect(map.cells).toHaveLength(4);
    expect(map.memberIds.sort()).toEqual(['a', 'b']);
  });

  it('a past period reads the evidence of its own last day', () => {
    // 上周 (11-23 … 11-29): c2 at contact (f04). A custom 12-01 … 12-01: c1 at needs, only 需求确认书 by then.
    expect(evidenceHeatmap(index, filterOf('lastWeek'), TODAY).cells).toMatchObject([{ memberId: 'b', stage: 'contact', customers: 1 }]);
    const dec1 = evidenceHeatmap(index, filterOf('custom', { memberId: 'a' }, { from: '2026-12-01', to: '2026-12-01' }), TODAY);
    expect(dec1.cells).toEqual([{ memberId: 'a', stage: 'needs', customers: 1, completeness: 0.2, maturity: 0.3, commit: 0, forecast: 30_000, ids: ['f02'] }]);
  });
});

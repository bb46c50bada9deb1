import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { defaultOptionLists } from '../domain/options.ts';
import type { GridLookups } from '../grid/gridTypes.ts';
import { customerColumns } from './customerColumns.ts';
import { customerRowOf } from './customerRow.ts';
import { customerOf } from './customerTestData.fixture.ts';
import { computeCustomerView, defaultCustomerViewState } from './computeCustomerView.ts';

const SH = 480;
const lookups: GridLookups = { customers: new Map(), members: new Map([['rep1', { name: '李娜' }], ['rep2', { name: '王强' }]]), options: defaultOptionLists(), customFields: [], utcOffsetMinutes: SH };
const at = (date: string) => startOfCalendarDate(date, SH) + 10 * 3_600_000;
const ctx = { memberId: 'rep1', today: '2026-12-03', now: at('2026-12-03') };
const columns = customerColumns([]);

const rows = [
  customerRowOf(customerOf('c1', '苏州恒瑞精密机械有限公司', { lastFollowedAt: at('2026-12-01'), stage: 'quote', grade: 'A' })),
  customerRowOf(customerOf('c2', '杭州东方电气', { ownerId: 'rep2', lastFollowedAt: at('2026-11-20'), stage: 'needs', grade: 'B', gradeOverride: { grade: 'A', reason: '战略', by: 'm', at: 1 } })),
  customerRowOf(customerOf('c3', '无锡华远机械', { lastFollowedAt: at('2026-11-10'), stage: 'won', grade: 'C' })),
  customerRowOf(customerOf('c4', '南京新科', { createdAt: at('2026-11-01'), stage: 'lead' })),
  customerRowOf(customerOf('c5', '常州旧客户', { trashed: true, lastFollowedAt: at('2026-12-02') })),
];
const view = (patch: Partial<ReturnType<typeof defaultCustomerViewState>>) => computeCustomerView(rows, { ...defaultCustomerViewState(), ...patch }, columns, lookups, ctx).map((r) => r.id);

describe('computeCustomerView', () => {
  it('shows every live customer, followed up most recently first and never-followed last', () => {
    expect(view({})).toEqual(['c1', 'c2', 'c3', 'c4']);
  });
  it('我的客户, A类客户 (by the grade people see: an override counts), 7天无进展 (open stage only, never-followed included), 回收站', () => {
    expect(view({ base: 'mine' })).toEqual(['c1', 'c3', 'c4']);
    expect(view({ base: 'gradeA' })).toEqual(['c1', 'c2']);
    // c1 followed 2 days ago; c3 is won (closed); c2 (needs, 13 days) and c4 (lead, entered a month ago, never followed) are stalled.
    expect(view({ base: 'stalled7' })).toEqual(['c2', 'c4']);
    expect(view({ base: 'trash' })).toEqual(['c5']);
  });
  it('sorts, filters and searches like the follow-up grid', () => {
    // Pinyin: 杭 háng, 南 nán, 苏 sū, 无 wú.
    expect(view({ sort: [{ column: 'name', desc: false }] })).toEqual(['c2', 'c4', 'c1', 'c3']);
    expect(view({ sort: [{ column: 'effectiveGrade', desc: false }] })).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(view({ filters: [{ column: 'effectiveGrade', kind: 'in', values: ['A'] }] })).toEqual(['c1', 'c2']);
    expect(view({ filters: [{ column: 'ownerId', kind: 'in', values: ['rep2'] }] })).toEqual(['c2']);
    expect(view({ search: '机械' })).toEqual(['c1', 'c3']);
    expect(view({ search: '王强' })).toEqual(['c2']);
  });
});

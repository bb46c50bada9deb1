import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { checkWeeklyTemplateDraft } from './checkWeeklyTemplateDraft.ts';
import { normalizeWeeklyTemplate } from './normalizeWeeklyTemplate.ts';
import { saveWeeklyTemplate } from './saveWeeklyTemplate.ts';
import { moveKpi, setKpiShown, setSectionTitle, setTarget, setTargetKpi, weeklyTemplateDraft } from './weeklyTemplateDraft.ts';

const stored = () => ({ weeklyTemplate: { ...defaultTeamSettings('t', 'c').weeklyTemplate, targets: { a: 100_000 }, futurePart: { x: 1 } } });
const draftOf = (s = stored()) => weeklyTemplateDraft(normalizeWeeklyTemplate(s.weeklyTemplate));

describe('周报模板 draft', () => {
  it('lists every column, the template’s first in its order, and the targets as plain digits', () => {
    const d = weeklyTemplateDraft(normalizeWeeklyTemplate({ kpis: ['amount', 'target'], targets: { a: 150_000.5 } }));
    expect(d.kpis.slice(0, 3)).toEqual([{ id: 'amount', on: true }, { id: 'target', on: true }, { id: 'actual', on: false }]);
    expect(d.kpis).toHaveLength(10);
    expect(d.targets).toEqual({ a: '150000.5' });
  });

  it('saves targets typed as 1.5万 or ¥12,000.50, drops empty and 0 ones, and keeps unknown stored parts', () => {
    let d = draftOf();
    d = setTarget(setTarget(setTarget(d, 'b', '1.5万'), 'c', '¥12,000.50'), 'a', '');
    d = setTarget(d, 'e', '0');
    d = moveKpi(setKpiShown(d, 'wow', false), 'amount', -1);
    d = setSectionTitle(d, 'risks', ' 风险与求助 ');
    const result = saveWeeklyTemplate(stored(), d);
    expect(result.kind).toBe('saved');
    if (result.kind !== 'saved') return;
    expect(result.patch.weeklyTemplate).toEqual({
      kpis: ['target', 'actual', 'completion', 'lastWeek', 'newCustomers', 'followUps', 'quotes', 'amount', 'won'],
      sectionTitles: { summary: '本周总结', risks: '风险与求助', nextWeek: '下周计划' },
      targets: { b: 15_000, c: 12_000.5 },
      targetKpi: 'amount',
      futurePart: { x: 1 },
    });
  });

  it('says what is wrong: no column, a word for a target, a negative or fractional count, an empty or long title', () => {
    let d = draftOf();
    for (const k of d.kpis) d = setKpiShown(d, k.id, false);
    d = setTargetKpi(setTarget(setTarget(setTarget(d, 'a', '十万'), 'b', '-3'), 'c', '2.5'), 'won');
    d = setSectionTitle(setSectionTitle(d, 'summary', '  '), 'nextWeek', '下'.repeat(21));
    expect(checkWeeklyTemplateDraft(d)).toEqual({
      ok: false,
      issues: [
        { code: 'noKpi' },
        { code: 'targetNotNumber', memberId: 'a', text: '十万' },
        { code: 'targetNegative', memberId: 'b' },
        { code: 'targetNotWhole', memberId: 'c' },
        { code: 'titleRequired', sectionId: 'summary' },
        { code: 'titleTooLong', sectionId: 'nextWeek', max: 20 },
      ],
    });
  });

  it('refuses to write over another admin’s save, and writes nothing when nothing changed', () => {
    const d = setTarget(draftOf(), 'b', '2万');
    const meanwhile = { weeklyTemplate: { ...stored().weeklyTemplate, targets: { a: 90_000 } } };
    expect(saveWeeklyTemplate(meanwhile, d)).toEqual({ kind: 'stale' });
    expect(saveWeeklyTemplate(stored(), draftOf())).toEqual({ kind: 'unchanged' });
    // Typed differently, the same value: still no change.
    expect(saveWeeklyTemplate(stored(), setTarget(draftOf(), 'a', '10万'))).toEqual({ kind: 'unchanged' });
  });
});

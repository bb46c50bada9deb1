import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { normalizeWeeklyTemplate } from './normalizeWeeklyTemplate.ts';
import { weeklyKpiIds } from './weeklyKpis.ts';

describe('normalizeWeeklyTemplate', () => {
  it('reads a new team’s template: every KPI in the default order, the default titles, no targets, 目标 in ¥', () => {
    expect(normalizeWeeklyTemplate(defaultTeamSettings('t', 'c').weeklyTemplate)).toEqual({
      kpis: [...weeklyKpiIds],
      sectionTitles: { summary: '本周总结', risks: '问题与风险', nextWeek: '下周计划' },
      targets: {},
      targetKpi: 'amount',
    });
  });

  it('keeps the admin’s order and titles, drops what it does not know, and falls back where a part is broken', () => {
    const model = normalizeWeeklyTemplate({
      kpis: ['amount', 'futureKpi', 'target', 'amount', 'completion'],
      sectionTitles: { summary: ' 工作回顾 ', risks: '', nextWeek: 42, extra: '?' },
      targets: { a: 150_000, b: '10万', c: -5, d: 0, e: Number.NaN },
      targetKpi: 'revenue',
      futureField: true,
    });
    expect(model).toEqual({
      kpis: ['amount', 'target', 'completion'],
      sectionTitles: { summary: '工作回顾', risks: '问题与风险', nextWeek: '下周计划' },
      targets: { a: 150_000 },
      targetKpi: 'amount',
    });
  });

  it('reads nothing at all, or a template naming no known column, as the defaults', () => {
    expect(normalizeWeeklyTemplate(undefined).kpis).toEqual([...weeklyKpiIds]);
    expect(normalizeWeeklyTemplate({ kpis: ['x'] }).kpis).toEqual([...weeklyKpiIds]);
    expect(normalizeWeeklyTemplate('nonsense').sectionTitles.summary).toBe('本周总结');
  });
});

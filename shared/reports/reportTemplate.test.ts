import { describe, expect, it } from 'vitest';
import type { ReportSection, ReportTemplate } from '../db/schemas/teamSettingsSchema.ts';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { normalizeReportTemplate } from './normalizeReportTemplate.ts';
import { publishReportTemplate } from './publishReportTemplate.ts';
import { reportSectionsShown } from './reportSectionsShown.ts';
import { resolveReportTemplate } from './resolveReportTemplate.ts';

/** The template teams created before this change store: three long-form sections, no kind/form, no short form. */
const storedV1: ReportTemplate = {
  version: 1,
  metrics: ['newLeads', 'followUps', 'won', 'wonAmount'],
  sections: [
    { id: 'problems', label: '遇到的问题', builtin: true, enabled: true, required: false },
    { id: 'solutions', label: '解决方案', builtin: true, enabled: true, required: false },
    { id: 'tomorrowPlan', label: '明日计划', builtin: true, enabled: true, required: true },
  ],
  shortForm: false,
};

const ids = (sections: readonly { id: string }[]) => sections.map((s) => s.id);
const custom = (id: string, label: string, patch: Partial<ReportSection> = {}): ReportSection => ({
  id, label, builtin: false, enabled: true, required: false, ...patch,
});

describe('normalizeReportTemplate', () => {
  it('fills what an old stored template lacks: kinds, forms and the short-form sections (off while shortForm is off)', () => {
    const model = normalizeReportTemplate(storedV1);
    expect(ids(model.sections)).toEqual(['problems', 'solutions', 'tomorrowPlan', 'threeThings', 'customerProgress']);
    expect(model.sections.map((s) => `${s.kind}/${s.form}/${s.required}`)).toEqual([
      'text/long/false', 'text/long/false', 'text/long/true', 'text/short/true', 'text/short/true',
    ]);
    expect(model.history).toEqual([]);
    expect(ids(resolveReportTemplate(model, 1).sections)).toEqual(['problems', 'solutions', 'tomorrowPlan']);
  });

  it('reads anything unreadable as the default template, and drops unknown metrics, broken sections and duplicate ids', () => {
    expect(normalizeReportTemplate(null)).toEqual(normalizeReportTemplate(defaultTeamSettings('t', 'c').reportTemplate));
    expect(normalizeReportTemplate('garbage').version).toBe(1);
    const model = normalizeReportTemplate({
      version: 3,
      metrics: ['calls', 'calls', 'futureMetric', 'won'],
      sections: [custom('visits', '拜访数', { kind: 'number' }), { label: 'no id' }, custom('visits', '重复'), custom('mood', '心情', { kind: 'choice', options: [] })],
      shortForm: 'yes',
    });
    expect(model.metrics).toEqual(['calls', 'won']);
    expect(model.shortForm).toBe(false);
    const visits = model.sections.find((s) => s.id === 'visits');
    expect(visits).toMatchObject({ label: '拜访数', kind: 'number', form: 'both', builtin: false });
    // A choice with no options could never be answered: it reads as text.
    expect(model.sections.find((s) => s.id === 'mood')?.kind).toBe('text');
  });

  it('keeps earlier versions sorted and once each, never the current one twice', () => {
    const model = normalizeReportTemplate({ ...storedV1, version: 3, history: [{ ...storedV1, version: 2 }, storedV1, { ...storedV1, version: 3 }, 'junk'] });
    expect(model.history.map((v) => v.version)).toEqual([1, 2]);
  });
});

describe('resolveReportTemplate and publishReportTemplate', () => {
  // v1 the full form; v2 the short form plus a number and a choice; v3 drops 成交金额 and renames 拜访客户数.
  const v2 = publishReportTemplate(storedV1, {
    metrics: ['newLeads', 'followUps', 'won', 'wonAmount'],
    sections: [
      ...storedV1.sections,
      custom('visitCount', '拜访客户数', { kind: 'number', required: true }),
      custom('intent', '重点客户意向', { kind: 'choice', options: ['高', '中', '低'] }),
      custom('old', '旧栏目', { enabled: false }),
    ],
    shortForm: true,
  });
  const v3 = publishReportTemplate(v2, {
    metrics: ['newLeads', 'followUps', 'won'],
    sections: v2.sections.map((s) => (s.id === 'visitCount' ? { ...s, label: '今日拜访' } : s)),
    shortForm: true,
  });
  const model = normalizeReportTemplate(v3);

  it('publishes a new version and keeps the replaced one; publishing no change makes no version', () => {
    expect([v2.version, v3.version]).toEqual([2, 3]);
    expect(v3.history?.map((v) => v.version)).toEqual([1, 2]);
    expect(publishReportTemplate(v3, { metrics: v3.metrics, sections: v3.sections, shortForm: v3.shortForm })).toBe(v3);
  });

  it('shows a report as its own version had it, however the template changed since', () => {
    const r1 = resolveReportTemplate(model, 1);
    expect(r1).toMatchObject({ version: 1, exact: true, shortForm: false, metrics: ['newLeads', 'followUps', 'won', 'wonAmount'] });
    expect(ids(r1.sections)).toEqual(['problems', 'solutions', 'tomorrowPlan']);
    const r2 = resolveReportTemplate(model, 2);
    // Short form: 今日3件事 + 1个客户进展 instead of the long sections, custom fields in both forms, disabled ones hidden.
    expect(ids(r2.sections)).toEqual(['visitCount', 'intent', 'threeThings', 'customerProgress']);
    expect(r2.sections[0]?.label).toBe('拜访客户数');
    expect(r2.metrics).toContain('wonAmount');
    const r3 = resolveReportTemplate(model, 3);
    expect(r3.sections[0]?.label).toBe('今日拜访');
    expect(r3.metrics).not.toContain('wonAmount');
  });

  it('falls back without failing for versions it does not know: newer → current, in a gap → the one before', () => {
    expect(resolveReportTemplate(model, 9)).toMatchObject({ version: 3, exact: false });
    const gapped = normalizeReportTemplate({ ...v3, history: [v3.history?.[0]] });
    expect(resolveReportTemplate(gapped, 2)).toMatchObject({ version: 1, exact: false });
    expect(resolveReportTemplate(normalizeReportTemplate(storedV1), 0)).toMatchObject({ version: 1, exact: false });
  });

  it('still shows text written in a section the template later switched off, under its last known label', () => {
    const r1 = resolveReportTemplate(model, 1);
    const shown = reportSectionsShown(r1, model, { problems: '客户压价', old: '旧栏目里写的话', stray: '来源不明', blank: '  ' });
    expect(ids(shown)).toEqual(['problems', 'solutions', 'tomorrowPlan', 'old', 'stray']);
    expect(shown[3]).toMatchObject({ label: '旧栏目', kind: 'text', required: false });
    expect(shown[4]?.label).toBe('stray');
  });
});

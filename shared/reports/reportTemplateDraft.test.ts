import { describe, expect, it } from 'vitest';
import type { TeamSettingsDoc } from '../db/schemas/teamSettingsSchema.ts';
import { checkNewReportField, checkReportTemplateDraft } from './checkReportTemplateDraft.ts';
import { defaultReportTemplate } from './defaultReportTemplate.ts';
import { normalizeReportTemplate } from './normalizeReportTemplate.ts';
import { parseReportDeadline } from './parseReportDeadline.ts';
import { reportSectionsShown } from './reportSectionsShown.ts';
import { reportTemplateDraft, type ReportTemplateDraft } from './reportTemplateDraft.ts';
import {
  addReportField, moveMetric, moveSection, removeReportField, removedReportFields, renameSection, restoreReportField,
  setDeadline, setMetricShown, setSectionEnabled, setSectionRequired, setShortForm,
} from './reportTemplateEdits.ts';
import { resolveReportTemplate } from './resolveReportTemplate.ts';
import { saveReportTemplate } from './saveReportTemplate.ts';
import { usesBuiltinLabel } from './usesBuiltinLabel.ts';

type Stored = Pick<TeamSettingsDoc, 'reportTemplate' | 'reportDeadline'>;

const fresh = (): Stored => ({ reportTemplate: defaultReportTemplate(), reportDeadline: '20:00' });
const draftOf = (stored: Stored): ReportTemplateDraft => reportTemplateDraft(normalizeReportTemplate(stored.reportTemplate), stored.reportDeadline);
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const on = (draft: ReportTemplateDraft) => draft.metrics.filter((m) => m.on).map((m) => m.id);
const codes = (draft: ReportTemplateDraft) => {
  const result = checkReportTemplateDraft(draft);
  return result.ok ? [] : result.issues.map((i) => ('sectionId' in i ? `${i.code}:${i.sectionId}` : i.code));
};
/** Applies a save to the stored settings as the stamped write would. */
const save = (stored: Stored, draft: ReportTemplateDraft): Stored => {
  const result = saveReportTemplate(stored, draft);
  if (result.kind !== 'saved') throw new Error(`expected a save, got ${result.kind}`);
  return { ...stored, ...result.patch };
};
const visitCount = { label: '今日拜访客户数', kind: 'number' as const, options: [], required: true };

describe('a template draft', () => {
  it('lists every catalogue number: the template’s own in its order, each left-out one next to its catalogue neighbour', () => {
    expect(on(draftOf(fresh()))).toHaveLength(12);
    const draft = draftOf({ ...fresh(), reportTemplate: { ...defaultReportTemplate(), metrics: ['followUps', 'newLeads'] } });
    // followUps and newLeads first as the admin ordered them; firstContacts…negotiations follow newLeads
    // (their catalogue predecessor), won and wonAmount follow negotiations, the method counts come last.
    expect(ids(draft.metrics)).toEqual([
      'followUps', 'newLeads', 'firstContacts', 'needsConfirmed', 'quotes', 'negotiations', 'won', 'wonAmount', 'calls', 'visits', 'wechats', 'emails',
    ]);
    expect(on(draft)).toEqual(['followUps', 'newLeads']);
  });

  it('moves a number only among its own group, and off the end of a group not at all', () => {
    const draft = draftOf(fresh());
    expect(ids(moveMetric(draft, 'visits', -1).metrics).slice(8)).toEqual(['visits', 'calls', 'wechats', 'emails']);
    // 电话 is the first method count: the stage numbers before it are another group.
    expect(ids(moveMetric(draft, 'calls', -1).metrics)).toEqual(ids(draft.metrics));
    expect(ids(moveMetric(draft, 'wonAmount', 1).metrics)).toEqual(ids(draft.metrics));
    expect(ids(moveMetric(draft, 'newLeads', 1).metrics).slice(0, 3)).toEqual(['firstContacts', 'newLeads', 'needsConfirmed']);
    expect(on(setMetricShown(draft, 'wonAmount', false))).not.toContain('wonAmount');
  });

  it('moves a section past the ones the chosen form hides (the short-form sections stay where they were)', () => {
    const draft = addReportField(draftOf(fresh()), visitCount, 'visitCount');
    expect(ids(draft.sections)).toEqual(['problems', 'solutions', 'tomorrowPlan', 'threeThings', 'customerProgress', 'visitCount']);
    const moved = moveSection(draft, 'visitCount', -1);
    expect(ids(moved.sections)).toEqual(['problems', 'solutions', 'visitCount', 'threeThings', 'customerProgress', 'tomorrowPlan']);
    // In the short form the same move passes only 1个客户进展.
    expect(ids(moveSection(setShortForm(draft, true), 'visitCount', -1).sections).slice(3)).toEqual(['threeThings', 'visitCount', 'customerProgress']);
    expect(ids(moveSection(draft, 'problems', -1).sections)).toEqual(ids(draft.sections));
  });

  it('removes only custom fields; a built-in section can be switched off but stays listed', () => {
    const draft = addReportField(draftOf(fresh()), visitCount, 'visitCount');
    expect(ids(removeReportField(draft, 'tomorrowPlan').sections)).toEqual(ids(draft.sections));
    expect(ids(removeReportField(draft, 'visitCount').sections)).not.toContain('visitCount');
    expect(setSectionEnabled(draft, 'solutions', false).sections[1]).toMatchObject({ id: 'solutions', enabled: false });
    expect(setSectionRequired(draft, 'problems', true).sections[0]?.required).toBe(true);
  });
});

describe('checking a draft', () => {
  it('accepts the default template and an added number field', () => {
    expect(codes(addReportField(draftOf(fresh()), visitCount, 'visitCount'))).toEqual([]);
  });

  it('names an empty label, a label twice (ignoring spaces and case), a choice without options, and a deadline that is no time', () => {
    let draft = draftOf(fresh());
    draft = renameSection(draft, 'problems', '   ');
    draft = renameSection(draft, 'solutions', '明日 计划');
    draft = addReportField(draft, { label: '客户意向', kind: 'choice', options: [], required: false }, 'intent');
    draft = setDeadline(draft, '25:00');
    expect(codes(draft)).toEqual(['labelRequired:problems', 'optionsRequired:intent', 'labelTaken:tomorrowPlan', 'deadlineFormat']);
  });

  it('refuses a draft that shows reps nothing, but not one with a single number', () => {
    let draft = draftOf(fresh());
    for (const m of draft.metrics) draft = setMetricShown(draft, m.id, false);
    for (const id of ['problems', 'solutions', 'tomorrowPlan']) draft = setSectionEnabled(draft, id, false);
    expect(codes(draft)).toEqual(['nothingShown']);
    expect(codes(setMetricShown(draft, 'won', true))).toEqual([]);
    // The short form's sections are switched on: the same draft in the short form shows something.
    expect(codes(setShortForm(draft, true))).toEqual([]);
  });

  it('checks a field before it is added: label free in the form, options distinct and short', () => {
    const draft = draftOf(fresh());
    expect(checkNewReportField(draft, { ...visitCount, label: '遇到的问题' }).map((i) => i.code)).toEqual(['labelTaken']);
    // 今日3件事 belongs to the short form, which this draft does not show.
    expect(checkNewReportField(draft, { ...visitCount, label: '今日3件事' })).toEqual([]);
    const options = ['高', '中', ' 高 ', 'x'.repeat(31)];
    expect(checkNewReportField(draft, { label: '意向', kind: 'choice', options, required: false })).toEqual([
      { code: 'optionDuplicate', sectionId: 'new', option: '高' },
      { code: 'optionTooLong', sectionId: 'new', option: 'x'.repeat(31), max: 30 },
    ]);
    expect(checkNewReportField(draft, { ...visitCount, label: '一二三四五六七八九十一二三四五六七八九十一' }).map((i) => i.code)).toEqual(['labelTooLong']);
  });

  it('reads the deadline as HH:MM: 8:30, full-width digits and colon; not 25:00, 18:60, 1830 or words', () => {
    expect(['18:30', '8:30', '１８：３０', ' 00:00 ', '23:59'].map(parseReportDeadline)).toEqual(['18:30', '08:30', '18:30', '00:00', '23:59']);
    expect(['25:00', '18:60', '1830', '晚上八点', '', '18:3'].map(parseReportDeadline)).toEqual([null, null, null, null, null, null]);
  });
});

describe('saving a draft', () => {
  it('does nothing for an untouched draft, and changes only the deadline when only it changed', () => {
    const stored = fresh();
    expect(saveReportTemplate(stored, draftOf(stored))).toEqual({ kind: 'unchanged' });
    expect(saveReportTemplate(stored, setDeadline(draftOf(stored), '8:30'))).toEqual({ kind: 'saved', patch: { reportDeadline: '08:30' }, version: 1 });
  });

  it('does not republish a template an older app version stored without section kinds', () => {
    const legacy: Stored = {
      reportDeadline: '20:00',
      reportTemplate: { version: 1, metrics: ['won'], shortForm: false, sections: [{ id: 'problems', label: '遇到的问题', builtin: true, enabled: true, required: false }] },
    };
    expect(saveReportTemplate(legacy, draftOf(legacy))).toEqual({ kind: 'unchanged' });
  });

  it('refuses a draft opened before another admin published a newer version', () => {
    const stored = fresh();
    const stale = setMetricShown(draftOf(stored), 'calls', false);
    const newer = save(stored, setShortForm(draftOf(stored), true));
    expect(saveReportTemplate(newer, stale)).toEqual({ kind: 'stale', version: 2 });
  });

  it('publishes v2 in one patch with the deadline; a v1 report still reads with v1’s sections, labels and numbers', () => {
    const v1 = fresh();
    let draft = draftOf(v1);
    draft = setMetricShown(draft, 'wonAmount', false);
    draft = setSectionEnabled(draft, 'solutions', false);
    draft = renameSection(draft, 'tomorrowPlan', ' 明日重点 ');
    draft = addReportField(draft, visitCount, 'visitCount');
    draft = setDeadline(draft, '18:30');
    const result = saveReportTemplate(v1, draft);
    expect(result).toMatchObject({ kind: 'saved', version: 2 });
    const v2 = save(v1, draft);
    expect(v2.reportDeadline).toBe('18:30');
    expect(v2.reportTemplate.history?.map((v) => v.version)).toEqual([1]);

    const model = normalizeReportTemplate(v2.reportTemplate);
    const old = resolveReportTemplate(model, 1);
    expect(old).toMatchObject({ version: 1, exact: true });
    expect(old.sections.map((s) => s.label)).toEqual(['遇到的问题', '解决方案', '明日计划']);
    expect(old.metrics).toContain('wonAmount');
    const now = resolveReportTemplate(model, 2);
    expect(now.sections.map((s) => `${s.label}/${s.kind}/${s.required}`)).toEqual(['遇到的问题/text/false', '明日重点/text/true', '今日拜访客户数/number/true']);
    expect(now.metrics).toHaveLength(11);
    expect(now.metrics).not.toContain('wonAmount');
    // The v1 report's own text sits under its v1 labels, 解决方案 included.
    const shown = reportSectionsShown(old, model, { problems: '客户压价', solutions: '申请阶梯价', tomorrowPlan: '回访云栖' });
    expect(shown.map((s) => s.label)).toEqual(['遇到的问题', '解决方案', '明日计划']);
  });

  it('removing a custom field in v3 keeps v2 reports whole, lists the field as removed, and can bring it back with its id', () => {
    const v2 = save(fresh(), addReportField(draftOf(fresh()), visitCount, 'visitCount'));
    const v3 = save(v2, removeReportField(draftOf(v2), 'visitCount'));
    const model = normalizeReportTemplate(v3.reportTemplate);
    expect(model.version).toBe(3);
    expect(ids(resolveReportTemplate(model, 2).sections)).toEqual(['problems', 'solutions', 'tomorrowPlan', 'visitCount']);
    expect(ids(resolveReportTemplate(model, 3).sections)).toEqual(['problems', 'solutions', 'tomorrowPlan']);
    // A draft written before the removal still shows what the rep typed there, under the field's label.
    const draftShown = reportSectionsShown(resolveReportTemplate(model, 3), model, { visitCount: '6' });
    expect(draftShown.at(-1)).toMatchObject({ id: 'visitCount', label: '今日拜访客户数' });

    const removed = removedReportFields(model, draftOf(v3));
    expect(removed.map((f) => `${f.id}:${f.label}:${f.kind}`)).toEqual(['visitCount:今日拜访客户数:number']);
    const restored = restoreReportField(draftOf(v3), removed[0]!);
    expect(ids(restored.sections).at(-1)).toBe('visitCount');
    expect(removedReportFields(model, restored)).toEqual([]);
    expect(save(v3, restored).reportTemplate.version).toBe(4);
  });
});

describe('usesBuiltinLabel', () => {
  it('is true for a built-in section under its own (or no) name, false once renamed and for custom fields', () => {
    const field = { id: 'tomorrowPlan', label: '明日计划', builtin: true };
    expect([usesBuiltinLabel(field), usesBuiltinLabel({ ...field, label: '' }), usesBuiltinLabel({ ...field, label: '明日重点' })]).toEqual([true, true, false]);
    expect(usesBuiltinLabel({ id: 'visitCount', label: '今日拜访客户数', builtin: false })).toBe(false);
  });
});

import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReportTemplate } from '../../../../../shared/reports/defaultReportTemplate.ts';
import { normalizeReportTemplate } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { describeReportIssue } from './describeReportIssue.ts';

const fields = normalizeReportTemplate({
  ...defaultReportTemplate(),
  sections: [
    ...defaultReportTemplate().sections,
    { id: 'intent', label: '重点客户意向', builtin: false, enabled: true, required: false, kind: 'choice', options: ['高', '中', '低'] },
  ],
}).sections;

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('zh-CN')).t;
});

describe('describeReportIssue', () => {
  it('says in Chinese which section is wrong and what to do', () => {
    expect(describeReportIssue(t, { code: 'required', sectionId: 'tomorrowPlan' }, fields)).toBe('「明日计划」为必填，请填写后再提交。');
    expect(describeReportIssue(t, { code: 'notAChoice', sectionId: 'intent', options: ['高', '中', '低'] }, fields)).toBe('「重点客户意向」只能从 高、中、低 中选一个。');
    expect(describeReportIssue(t, { code: 'tooLong', sectionId: 'problems', max: 5000 }, fields)).toBe('「遇到的问题」最多 5000 字，请精简后再提交。');
    expect(describeReportIssue(t, { code: 'futureDay', date: '2026-11-21' }, fields)).toBe('2026-11-21 还没到，不能提前提交日报。');
    expect(describeReportIssue(t, { code: 'notOwner' }, fields)).toBe('只能提交或修改自己的日报。');
  });

  it('names built-in sections in the UI language and custom ones by their own label', async () => {
    const en = (await initI18n('en')).t;
    expect(describeReportIssue(en, { code: 'required', sectionId: 'tomorrowPlan' }, fields)).toBe('"Tomorrow\'s plan" is required; fill it in, then submit.');
    expect(describeReportIssue(en, { code: 'notANumber', sectionId: 'intent' }, fields)).toContain('"重点客户意向"');
    await initI18n('zh-CN');
  });
});

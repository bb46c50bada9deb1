import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReportTemplate } from '../../../../../shared/reports/defaultReportTemplate.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { sectionsShown } from './sectionsShown.ts';

beforeAll(() => initI18n('zh-CN'));

describe('sectionsShown', () => {
  it('names sections as the report page does: built-ins translated unless renamed, custom fields from any version, in template order', () => {
    const v1 = defaultReportTemplate();
    const current = {
      ...v1,
      version: 2,
      sections: [...v1.sections.map((s) => (s.id === 'tomorrowPlan' ? { ...s, label: '明日重点' } : s))],
      history: [{ ...v1, sections: [...v1.sections, { id: 'visits', label: '拜访客户数', builtin: false, enabled: true, required: false }] }],
    };
    const shown = sectionsShown({ visits: '3', tomorrowPlan: '回访华远', problems: '报价偏高', solutions: '  ' }, current, i18next.t);
    expect(shown).toEqual([
      { id: 'problems', label: '遇到的问题', text: '报价偏高' },
      { id: 'tomorrowPlan', label: '明日重点', text: '回访华远' },
      { id: 'visits', label: '拜访客户数', text: '3' },
    ]);
  });
});

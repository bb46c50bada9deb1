import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../i18n/i18n.ts';
import { reportSectionLabel } from './reportSectionLabel.ts';

let t: TFunction;
beforeAll(async () => {
  t = (await initI18n('en')).t;
});

describe('reportSectionLabel', () => {
  it('translates a built-in section under its own name, and shows the admin’s name once it is renamed', () => {
    expect(reportSectionLabel(t, { id: 'tomorrowPlan', label: '明日计划', builtin: true })).toBe("Tomorrow's plan");
    expect(reportSectionLabel(t, { id: 'tomorrowPlan', label: '明日重点', builtin: true })).toBe('明日重点');
    expect(reportSectionLabel(t, { id: 'visitCount', label: '今日拜访客户数', builtin: false })).toBe('今日拜访客户数');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultReportTemplate } from '../reports/defaultReportTemplate.ts';
import { normalizeReportTemplate } from '../reports/normalizeReportTemplate.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { itemKey, reportItems } from './reportItems.ts';
import { SUMMARY_MAX, weeklySections } from './weeklySections.ts';

describe('reportItems', () => {
  it('reads numbered lines, 、 and （1） lists, circled numbers, bullets and ；-separated text alike', () => {
    expect(reportItems('1. 客户嫌贵\n2、交期紧\r\n（3）竞品低价\n④ 付款慢\n- 样机没到\n\n')).toEqual(['客户嫌贵', '交期紧', '竞品低价', '付款慢', '样机没到']);
    expect(reportItems('客户嫌贵；交期紧;  ')).toEqual(['客户嫌贵', '交期紧']);
    // A number that is content, not a marker, stays.
    expect(reportItems('2026年预算已批')).toEqual(['2026年预算已批']);
  });

  it('keys items by their words: width, case, spaces and punctuation ignored', () => {
    expect(itemKey('客户嫌价格高。')).toBe(itemKey(' 客户嫌价格高 '));
    expect(itemKey('ＡＢＣ公司　回款慢！')).toBe(itemKey('abc公司回款慢'));
    expect(itemKey('交期紧')).not.toBe(itemKey('交期很紧'));
  });
});

describe('weeklySections', () => {
  it('cuts a long day to SUMMARY_MAX characters with an ellipsis', () => {
    const long = '跟'.repeat(SUMMARY_MAX + 30);
    const doc = stampNew(
      { id: 'a_2026-12-01', memberId: 'a', date: '2026-12-01', status: 'submitted' as const, submittedAt: 1, lateMinutes: 0, metrics: {}, sections: { solutions: long }, templateVersion: 1, edits: [], readBy: [] },
      { now: 1, memberId: 'a', clock: '1:0000:t' },
    );
    const [line] = weeklySections([doc], normalizeReportTemplate(defaultReportTemplate())).summary;
    expect([...(line?.text ?? '')]).toHaveLength(SUMMARY_MAX);
    expect(line?.text.endsWith('…')).toBe(true);
  });
});

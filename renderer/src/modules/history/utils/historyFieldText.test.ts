import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../../../../../shared/domain/options.ts';
import { normalizeReportTemplate } from '../../../../../shared/reports/normalizeReportTemplate.ts';
import { defaultTeamSettings } from '../../../../../shared/domain/defaultTeamSettings.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { historyDeviceLabel } from './historyDeviceLabel.ts';
import { historyFieldText, type HistoryFormat } from './historyFieldText.ts';
import { recordTitleOf } from './recordTitleOf.ts';

beforeAll(() => initI18n('zh-CN'));

const fmt = (): HistoryFormat => ({
  t: i18next.t,
  lookups: {
    customers: new Map([['c1', { name: '苏州恒信精密机械', stage: 'quote', contacts: [{ id: 'ct1', name: '陈经理' }] }]]),
    members: new Map([['m1', { name: '李娜' }], ['m2', { name: '王五' }]]),
    options: defaultOptionLists(),
    customFields: [{ id: 'budget', target: 'followUp', label: '预算来源', type: 'select', options: ['自筹', '专项'], archived: true, order: 0, required: false }] as never,
    utcOffsetMinutes: 480,
  },
  reportFields: normalizeReportTemplate(defaultTeamSettings('t', 'c').reportTemplate).sections,
});
const followUp = { id: 'f1', customerId: 'c1', contactId: '', summary: '电话沟通', ownerId: 'm1' };

describe('historyFieldText: 字段：旧值 → 新值 as the UI shows them', () => {
  it('words a follow-up’s options, members, contacts, dates and amounts, never ids or JSON', () => {
    const text = (field: string, from: unknown, to: unknown) => historyFieldText('followups', { field, from, to }, followUp, fmt());
    expect(text('status', 'callback', 'quoted')).toEqual({ field: '当前状态', from: '待回访', to: '已报价' });
    expect(text('ownerId', 'm1', 'm2')).toEqual({ field: '责任人', from: '李娜', to: '王五' });
    expect(text('contactId', '', 'ct1')).toEqual({ field: '联系人', from: '（空）', to: '陈经理' });
    expect(text('amount', undefined, 88000)).toEqual({ field: '金额', from: '（空）', to: '¥88,000' });
    expect(text('followedAt', Date.UTC(2026, 10, 20, 2, 0), Date.UTC(2026, 10, 21, 6, 30)).to).toBe('2026-11-21 14:30');
    // An archived custom field keeps its label.
    expect(text('custom.budget', undefined, '专项')).toEqual({ field: '预算来源', from: '（空）', to: '专项' });
  });

  it('words a customer’s intent, probability, contacts and manual grade', () => {
    const text = (field: string, from: unknown, to: unknown) => historyFieldText('customers', { field, from, to }, { id: 'c1' }, fmt());
    expect(text('intent', 'low', 'high')).toEqual({ field: '意向等级', from: '低', to: '高' });
    expect(text('winProbability', 0.3, 0.55)).toEqual({ field: '成交概率', from: '30%', to: '55%' });
    expect(text('expectedAmount', 100000, 880000).to).toBe('¥880,000');
    expect(text('contacts', [{ id: 'a', name: '陈经理' }], [{ id: 'a', name: '陈经理' }, { id: 'b', name: '刘总' }]).to).toBe('陈经理、刘总');
    expect(text('gradeOverride', undefined, { grade: 'A', reason: '老板亲自跟进', by: 'm2', at: 1 }).to).toBe('A（老板亲自跟进）');
    expect(text('industry', '', 'manufacturing').field).toBe('行业');
    expect(text('stage', 'lead', 'quote')).toEqual({ field: '阶段', from: '线索', to: '方案报价' });
  });

  it('words a daily report’s sections by their template labels and its status', () => {
    const text = (field: string, from: unknown, to: unknown) => historyFieldText('dailyreports', { field, from, to }, { id: 'm1_2026-11-20' }, fmt());
    expect(text('sections.problems', '', '客户预算未批')).toEqual({ field: '遇到的问题', from: '（空）', to: '客户预算未批' });
    expect(text('status', 'draft', 'submitted')).toEqual({ field: '提交状态', from: '草稿', to: '已提交' });
    expect(text('metrics.calls', 3, 5)).toEqual({ field: '电话', from: '3', to: '5' });
  });

  it('names records and desktops', () => {
    expect(recordTitleOf('followups', followUp, fmt())).toBe('苏州恒信精密机械 · 电话沟通');
    expect(recordTitleOf('dailyreports', { memberId: 'm1', date: '2026-11-20' }, fmt())).toBe('李娜 的日报 2026-11-20');
    expect(historyDeviceLabel(i18next.t, 'pc-1', 'pc-1', {})).toBe('本机');
    expect(historyDeviceLabel(i18next.t, 'office01', 'pc-1', { office01: '办公室电脑' })).toBe('办公室电脑');
    expect(historyDeviceLabel(i18next.t, 'abcdefghijk', 'pc-1', {})).toBe('电脑 abcdefgh');
  });
});

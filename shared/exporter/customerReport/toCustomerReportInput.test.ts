import { describe, expect, it } from 'vitest';
import { at, reportAttachments, reportComments, reportCustomer, reportFollowUps, reportLookups } from './customerReport.fixture.ts';
import { toCustomerReportInput } from './toCustomerReportInput.ts';

describe('toCustomerReportInput (hand-worked)', () => {
  const input = toCustomerReportInput(reportCustomer(), reportFollowUps(), reportComments(), reportAttachments(), reportLookups);

  it('explains the grade: 2 follow-ups in 90 days (5), 图纸 (16.7), 技术+采购+财务 reached (25), a competitor this month (0) = 47 → B, shown as the manager’s A', () => {
    expect(input.customer.contributions.frequency).toBeCloseTo(5, 6);
    expect(input.customer.contributions.needClarity).toBeCloseTo(50 / 3, 6);
    expect(input.customer.contributions.decisionChain).toBe(25);
    expect(input.customer.contributions.competitor).toBe(0);
    expect(input.customer.healthScore).toBe(47);
    expect(input.customer.grade).toBe('A');
    expect(input.customer.gradeNote).toBe('主管调整（计算为 B）：集团战略客户');
  });

  it('words the codes: stage, status, industry, source, intent, roles', () => {
    expect(input.customer).toMatchObject({ stage: '方案报价', status: '已报价', industry: '制造业', source: '展会', intent: '高', owner: '李娜', needClarity: '提供图纸或参数' });
    expect(input.contacts.map((c) => c.roles)).toEqual(['技术、决策人', '采购', '财务']);
  });

  it('lists all five evidence nodes with their files (not the trashed one), maturity 0.5', () => {
    expect(input.evidence.map((e) => [e.label, e.weight, e.reachedAt, e.files])).toEqual([
      ['需求确认书签署', 0.3, '2026-11-10', '需求确认书.pdf'],
      ['技术协议签署', 0.5, '2026-11-25', '技术协议.pdf'],
      ['商务条款确认', 0.7, '', ''],
      ['首付款到账', 0.9, '', ''],
      ['交付计划锁定', 1, '', ''],
    ]);
    expect(input.maturity).toBe(0.5);
  });

  it('puts follow-ups and 批注 in one timeline, newest first, without the trashed row; the next plan is the latest follow-up’s', () => {
    expect(input.timeline.map((t) => [t.method, t.who, t.text])).toEqual([
      ['回复', '李娜', '已确认，预算 15 万'],
      ['批注', '王强', '报价前先确认预算'],
      ['电话', '李经理', '电话沟通报价，客户希望再降 5%'],
      ['面访', '王工', '现场看产线，确认技术参数'],
      ['电话', '赵会计', '财务确认付款流程'],
    ]);
    expect(input.timeline[2]).toMatchObject({ at: at('2026-11-28'), amount: 120_000, stage: '方案报价', nextDate: '2026-12-03' });
    expect(input.nextPlan).toEqual({ date: '2026-12-03', action: '发正式报价单', owner: '李娜' });
    expect(input.customer.lastFollowedAt).toBe(at('2026-11-28'));
  });
});

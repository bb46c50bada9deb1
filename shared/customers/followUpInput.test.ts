import { describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../domain/calendarDate.ts';
import { customerAfterFollowUp, newFollowUpInput, parseFollowUpInput } from './followUpInput.ts';

const OFFSET = 480;
// Tuesday 2026-12-01 10:30 in Shanghai.
const NOW = startOfCalendarDate('2026-12-01', OFFSET) + (10 * 60 + 30) * 60_000;
const ctx = { id: 'f1', customerId: 'c1', ownerId: 'rep-li', utcOffsetMinutes: OFFSET, now: NOW };

describe('the 新增跟进 form', () => {
  it('opens at now on the team’s clock, at the customer’s stage and status', () => {
    expect(newFollowUpInput({ stage: 'quote', status: 'quoted' }, NOW, OFFSET)).toMatchObject({ date: '2026-12-01', time: '10:30', stage: 'quote', status: 'quoted', method: 'phone' });
  });

  it('becomes a follow-up of this customer, read on the team’s calendar, 1.2万 read as 12000', () => {
    const input = { ...newFollowUpInput({ stage: 'quote', status: 'quoted' }, NOW, OFFSET), time: '09:15', summary: ' 面谈报价细节 ', method: 'visit', amount: '1.2万', nextDate: '2026-12-03', nextAction: '发正式报价单' };
    const parsed = parseFollowUpInput(input, ctx);
    expect(parsed.ok && parsed.fields).toMatchObject({
      id: 'f1', customerId: 'c1', followedAt: startOfCalendarDate('2026-12-01', OFFSET) + (9 * 60 + 15) * 60_000, summary: '面谈报价细节',
      method: 'visit', amount: 12000, nextDate: '2026-12-03', nextAction: '发正式报价单', nextOwnerId: 'rep-li', ownerId: 'rep-li',
    });
    expect(parsed.ok && parsed.fields.followedDesc).toBe(9e15 - (parsed.ok ? parsed.fields.followedAt : 0));
  });

  it('says per field what to fix', () => {
    const input = { ...newFollowUpInput({ stage: 'quote', status: 'quoted' }, NOW, OFFSET), time: '11:00', amount: '一万二', nextDate: '2026-11-30' };
    expect(parseFollowUpInput(input, ctx)).toEqual({
      ok: false,
      errors: {
        date: '跟进时间不能晚于现在：计划中的事请写在“下一步计划”里。',
        summary: '请写下这次跟进的内容，例如谈了什么、客户怎么说。',
        amount: '金额看不懂：请写数字，例如 12000 或 1.2万。',
        nextDate: '下一步日期不能早于这次跟进的日期。',
      },
    });
  });
});

describe('customerAfterFollowUp', () => {
  const customer = { lastFollowedAt: 1_000, stage: 'needs', status: 'callback', nextDate: '2026-11-28' };
  it('the latest follow-up moves the customer’s stage, status and dates', () => {
    expect(customerAfterFollowUp(customer, { followedAt: 2_000, stage: 'quote', status: 'quoted', nextDate: '2026-12-03' })).toEqual({ lastFollowedAt: 2_000, stage: 'quote', status: 'quoted', nextDate: '2026-12-03' });
    expect(customerAfterFollowUp(customer, { followedAt: 2_000, stage: 'needs', status: 'callback', nextDate: '2026-11-28' })).toEqual({ lastFollowedAt: 2_000 });
  });
  it('an older one logged late changes nothing', () => {
    expect(customerAfterFollowUp(customer, { followedAt: 500, stage: 'won', status: 'signed', nextDate: '' })).toEqual({});
  });
});

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { startOfCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { ConversionCell } from '../../../../../shared/reports/stageConversion.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { describeAnomaly, type AnomalyLookups } from './describeAnomaly.ts';

beforeAll(() => initI18n('zh-CN'));

const cell = (converted: number, entered: number, prefix: string): ConversionCell => ({
  entered, converted, rate: converted / entered,
  enteredIds: Array.from({ length: entered }, (_, i) => `${prefix}${i}`), convertedIds: [],
});
const look: AnomalyLookups = {
  memberName: (id) => ({ zw: '张伟' })[id] ?? id,
  customerName: (id) => ({ c1: '华远机械', c2: '东方电气' })[id] ?? id,
  stageLabel: (id) => ({ needs: '需求确认', quote: '方案报价', contact: '初步沟通', negotiation: '合同谈判' })[id] ?? id,
  utcOffsetMinutes: 480,
};

describe('describeAnomaly', () => {
  it('words a conversion gap with both sides’ numbers and links the rep’s entering follow-ups', () => {
    const gap = 1 - (2 / 17) / (38 / 84);
    const d = describeAnomaly({ kind: 'conversion', memberId: 'zw', stage: 'needs', next: 'quote', rep: cell(2, 17, 'f'), team: cell(38, 84, 't'), gap }, i18next.t, look);
    expect(d.text).toBe('张伟 需求确认→方案报价 转化率 12%（2/17），团队 45%（38/84），低于团队 74%');
    expect(d.tip).toContain('近 30 天 张伟 有 17 个客户进入「需求确认」，其中 2 个推进到「方案报价」或更后阶段；全团队 84 个中 38 个。');
    expect(d.href.startsWith('#/followups/ids/f0,f1,')).toBe(true);
    expect(decodeURIComponent(d.href.split('?title=')[1]!)).toBe('张伟：进入「需求确认」的客户');
  });

  it('names the longest-idle customer of a stalled warning and links their latest follow-ups', () => {
    const customers = [
      { customerId: 'c1', followUpId: 'f9', memberId: 'zw', stage: 'needs', lastFollowedAt: 0, idleDays: 23 },
      { customerId: 'c2', followUpId: 'f8', memberId: 'zw', stage: 'contact', lastFollowedAt: 0, idleDays: 9 },
    ];
    const d = describeAnomaly({ kind: 'stalled', memberId: 'zw', customers }, i18next.t, look);
    expect(d.text).toBe('张伟 有 2 个客户 7 天无进展');
    expect(d.tip).toContain('最久的是「华远机械」，已 23 天没有跟进');
    expect(d.href).toBe('#/followups/ids/f9,f8?title=' + encodeURIComponent('张伟：7天无进展'));
  });

  it('says when and where a stage was raised with no follow-up, linking the one row behind it', () => {
    const movedAt = startOfCalendarDate('2026-12-03', 480) + (15 * 60 + 30) * 60_000;
    const move = { customerId: 'c1', memberId: 'zw', from: 'needs', to: 'negotiation', movedAt, source: 'customer' as const, followUpIds: ['f7'] };
    const d = describeAnomaly({ kind: 'unrecordedMove', memberId: 'zw', move }, i18next.t, look);
    expect(d.text).toBe('张伟 把「华远机械」从需求确认推进到合同谈判，当天没有跟进记录');
    expect(d.tip).toContain('12月3日 15:30 修改了客户档案的销售阶段（需求确认 → 合同谈判）');
    expect(d.href).toBe('#/followups/row/f7');
  });
});

import { describe, expect, it } from 'vitest';
import { planTime } from './planTime.ts';

describe('planTime', () => {
  it('reads a clock time, with either colon', () => {
    expect(planTime('15:00 电话确认报价')).toBe('15:00');
    expect(planTime('约9：30上门')).toBe('09:30');
  });

  it('reads spoken times with the part of the day', () => {
    expect(planTime('下午3点上门演示')).toBe('15:00');
    expect(planTime('下午3点半视频会议')).toBe('15:30');
    expect(planTime('上午十点回电')).toBe('10:00');
    expect(planTime('晚上8点20分微信确认')).toBe('20:20');
    expect(planTime('中午1点吃饭聊方案')).toBe('13:00');
    expect(planTime('十一点发合同')).toBe('11:00');
    expect(planTime('下午两点')).toBe('14:00');
    expect(planTime('早上7点出发')).toBe('07:00');
  });

  it('takes a bare 1–7点 as the afternoon, as meant at work', () => {
    expect(planTime('3点电话回访')).toBe('15:00');
    expect(planTime('9点开会')).toBe('09:00');
  });

  it('gives null when no time is named, or the time is impossible', () => {
    expect(planTime('发送报价单')).toBeNull();
    expect(planTime('')).toBeNull();
    expect(planTime('25:00 开会')).toBeNull();
    expect(planTime('带3份资料')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../../../shared/sync/presenceMap.ts';
import { memberColor } from './memberColor.ts';
import { presenceByRow } from './presenceByRow.ts';

const entry = (memberId: string, id: string, field: string, collection: 'followups' | 'customers' = 'followups'): PresenceEntry => ({
  memberId, deviceId: `${memberId}-d`, editing: { collection, id, field }, at: 0,
});

describe('presenceByRow', () => {
  it('groups teammates’ follow-up editors by row, with names and colours', () => {
    const map = new Map([
      ['s1', entry('m1', 'f1', 'status')],
      ['s2', entry('m2', 'f1', 'amount')],
      ['s3', entry('m1', 'f1', 'status')], // the same member in a second window
      ['s4', entry('m3', 'f2', 'status')],
      ['s5', entry('m2', 'c1', 'name', 'customers')],
    ]);
    const byRow = presenceByRow(map, new Map([['m1', '张三'], ['m2', '李四']]), '同事');
    expect([...byRow.keys()]).toEqual(['f1', 'f2']);
    expect(byRow.get('f1')).toEqual([
      { field: 'status', memberId: 'm1', memberName: '张三', color: memberColor('m1') },
      { field: 'amount', memberId: 'm2', memberName: '李四', color: memberColor('m2') },
    ]);
    expect(byRow.get('f2')?.[0]?.memberName).toBe('同事');
  });

  it('gives a member the same colour every time', () => {
    expect(memberColor('m1')).toBe(memberColor('m1'));
    expect(memberColor('m1')).toMatch(/^#[0-9a-f]{6}$/);
  });
});

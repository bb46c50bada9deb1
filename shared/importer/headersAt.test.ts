import { describe, expect, it } from 'vitest';
import { headersAt } from './headersAt.ts';
import { sheetOf } from './sheetOf.fixture.ts';

describe('headersAt', () => {
  const sheet = sheetOf([
    ['客户', '下一步', '下一步', null],
    ['客户', '日期', '动作', '备注'],
    ['恒瑞', 45453, '发方案', 'x', '多出的一列'],
  ]);

  it('reads one header row, as wide as the data under it', () => {
    expect(headersAt(sheet, 1, 1)).toEqual(['客户', '日期', '动作', '备注', '']);
  });

  it('joins two header rows: group/sub-title, a title repeated down both rows once', () => {
    expect(headersAt(sheet, 0, 2)).toEqual(['客户', '下一步/日期', '下一步/动作', '备注', '']);
  });
});

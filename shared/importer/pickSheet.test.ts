import { describe, expect, it } from 'vitest';
import type { ImportWorkbook } from './importTypes.ts';
import { pickSheet } from './pickSheet.ts';
import { sheetOf } from './sheetOf.fixture.ts';

describe('pickSheet', () => {
  it('offers the visible sheet whose columns map best, not the first one or a hidden one', () => {
    const workbook: ImportWorkbook = {
      kind: 'xlsx',
      warnings: [],
      sheets: [
        { ...sheetOf([['说明'], ['请按模板填写']]), name: '说明' },
        { ...sheetOf([['客户', '跟进时间', '内容', '业务员'], ['恒瑞', 45453, 'x', '张伟']]), name: '隐藏', hidden: true },
        { ...sheetOf([['客户', '跟进时间', '内容'], ['恒瑞', 45453, 'x']]), name: '跟进' },
        { ...sheetOf([]), name: '空' },
      ],
    };
    expect(pickSheet(workbook, 'followUps')).toBe(2);
    expect(pickSheet({ ...workbook, sheets: [workbook.sheets[3]!] }, 'followUps')).toBe(-1);
  });
});

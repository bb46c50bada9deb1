import { describe, expect, it } from 'vitest';
import { detectHeader } from './detectHeader.ts';
import { sheetOf } from './sheetOf.fixture.ts';

describe('detectHeader', () => {
  it('skips a merged title and a byline above the column titles', () => {
    const title = '2024年销售跟进表';
    const sheet = sheetOf(
      [
        [title, title, title, title],
        ['部门：华东销售部', null, null, '制表：张伟'],
        ['客户名称', '跟进日期', '跟进内容', '业务员'],
        ['恒瑞', 45453, '电话沟通', '张伟'],
      ],
      [{ top: 1, bottom: 1, left: 0, right: 3 }],
    );
    expect(detectHeader(sheet)).toEqual({ headerRow: 2, headerRows: 1, headers: ['客户名称', '跟进日期', '跟进内容', '业务员'] });
  });

  it('joins a two-row header: a merged group title over its sub-titles, vertical merges read once', () => {
    const sheet = sheetOf(
      [
        ['客户名称', '跟进日期', '下一步计划', '下一步计划', '下一步计划', '业务员'],
        ['客户名称', '跟进日期', '日期', '动作', '负责人', '业务员'],
        ['恒瑞', 45453, 45460, '发方案', '张伟', '张伟'],
      ],
      [
        { top: 1, bottom: 2, left: 0, right: 0 },
        { top: 1, bottom: 2, left: 1, right: 1 },
        { top: 1, bottom: 1, left: 2, right: 4 },
        { top: 1, bottom: 2, left: 5, right: 5 },
      ],
    );
    expect(detectHeader(sheet)).toEqual({
      headerRow: 0,
      headerRows: 2,
      headers: ['客户名称', '跟进日期', '下一步计划/日期', '下一步计划/动作', '下一步计划/负责人', '业务员'],
    });
  });

  it('finds the group row above when the sub-title row scores higher', () => {
    const sheet = sheetOf(
      [
        ['报表', null, null, null],
        [null, null, '下一步', '下一步'],
        ['客户', '跟进时间', '日期', '动作'],
        ['恒瑞', 45453, 45460, '发方案'],
      ],
      [{ top: 2, bottom: 2, left: 2, right: 3 }],
    );
    expect(detectHeader(sheet)).toMatchObject({ headerRow: 1, headerRows: 2, headers: ['客户', '跟进时间', '下一步/日期', '下一步/动作'] });
  });

  it('keeps a one-row header with a merged wide title cell: the row under it is data', () => {
    const sheet = sheetOf(
      [
        ['客户名称', '跟进日期', '备注', '备注'],
        ['恒瑞', 45453, '老客户', '重要'],
      ],
      [{ top: 1, bottom: 1, left: 2, right: 3 }],
    );
    expect(detectHeader(sheet)).toMatchObject({ headerRow: 0, headerRows: 1 });
  });

  it('falls back to the first row when nothing looks like titles', () => {
    expect(detectHeader(sheetOf([[1, 2], [3, 4]]))).toEqual({ headerRow: 0, headerRows: 1, headers: ['1', '2'] });
  });
});

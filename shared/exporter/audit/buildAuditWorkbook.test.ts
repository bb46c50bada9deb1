import { describe, expect, it } from 'vitest';
import { excel } from '../excel.ts';
import { buildAuditWorkbook } from './buildAuditWorkbook.ts';

const headers = ['时间', '成员', '电脑', '类型', '记录', '操作', '字段', '旧值', '新值'];
const line = (at: number, field: string, from: string, to: string) => ({ at, member: '李娜', device: '李娜的电脑', type: '跟进', record: '苏州恒信 · 电话沟通', action: '修改', field, from, to });

describe('buildAuditWorkbook', () => {
  it('writes the title, filters and one row per changed field with a real date-time in the team’s time', async () => {
    const at = Date.UTC(2026, 10, 20, 2, 30);
    const bytes = await buildAuditWorkbook({
      now: at, utcOffsetMinutes: 480, title: '华东销售团队 修改记录审计', sheetName: '审计记录', filterLine: '筛选：成员 李娜', headers,
      lines: [line(at, '金额', '（空）', '¥88,000'), line(at - 60_000, '当前状态', '待回访', '已报价')],
    });
    const sheet = (await excel.readXlsx(bytes)).getWorksheet('审计记录');
    expect(sheet?.getCell('A1').value).toBe('华东销售团队 修改记录审计');
    expect(sheet?.getCell('A2').value).toBe('筛选：成员 李娜');
    expect(sheet?.getRow(3).values).toEqual([undefined, ...headers]);
    expect(sheet?.getRow(4).getCell(9).value).toBe('¥88,000');
    expect(sheet?.getRow(5).getCell(7).value).toBe('当前状态');
    // 10:30 in the team's UTC+8, stored as Excel's wall-clock time.
    expect((sheet?.getCell('A4').value as Date).toISOString()).toBe('2026-11-20T10:30:00.000Z');
    expect(sheet?.getColumn(1).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet?.pageSetup.orientation).toBe('landscape');
    expect(sheet?.rowCount).toBe(5);
  });
});

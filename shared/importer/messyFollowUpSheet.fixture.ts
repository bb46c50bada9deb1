import type ExcelJS from 'exceljs';
import { useBuiltInNumFmts, xlsxBytes } from './xlsxBytes.fixture.ts';

const CN_DATE = 'yyyy"年"m"月"d"日"';
/** A wall-clock time written as exceljs stores it (UTC fields = what the cell shows). */
const wall = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

/** Row 1 title, row 2 a byline, rows 3–4 the two-row header with 下一步计划 over 日期 / 动作 / 负责人. */
const writeHeader = (ws: ExcelJS.Worksheet): void => {
  ws.getCell('A1').value = '2024年销售跟进表';
  ws.mergeCells('A1:M1');
  ws.getCell('A2').value = '部门：华东销售部';
  ws.getCell('D2').value = '制表：张伟';
  const titles = ['客户名称', '联系人', '跟进日期', '跟进方式', '跟进内容', '当前状态', '销售阶段', '金额（元）'];
  titles.forEach((t, i) => {
    ws.getRow(3).getCell(i + 1).value = t;
  });
  ws.getCell('I4').value = '日期';
  ws.getCell('J4').value = '动作';
  ws.getCell('K4').value = '负责人';
  ws.getCell('I3').value = '下一步计划';
  ws.getCell('L3').value = '业务员';
  ws.getCell('M3').value = '备注';
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'L', 'M']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('I3:K3');
};

/**
 * Test support: a 跟进表 as people keep them — a merged title, a byline, a merged two-row header,
 * dates as Excel dates, Excel's built-in Chinese date format (numFmt 31), typed text in four styles,
 * method/status/stage synonyms, 1.2万, one customer spelled two ways, an unknown 业务员, a bad date,
 * a 合计 row with a formula, a row with no customer, and a hidden options sheet.
 *
 * Data rows (Excel numbering): 5 恒瑞 (date cell, 拜访 → 面访), 6 恒瑞 again as 恒瑞精密(苏州) (numFmt 31,
 * 1.2万), 7 博世 (2024年6月13日, rich text), 8 华星 (2024.6.14 下午3:00, 老王 unknown), 9 华星 (下周: bad date),
 * 10 合计, 11 no customer.
 */
export const messyFollowUpWorkbook = async (): Promise<Uint8Array> => {
  const bytes = await xlsxBytes((wb) => {
    const ws = wb.addWorksheet('跟进记录');
    writeHeader(ws);
    ws.getRow(5).values = ['恒瑞精密（苏州）有限公司', '王工', wall(2024, 6, 10, 14, 30), '拜访', '现场交流需求', '待回访', '初步沟通', null, '2024/6/17', '发送方案', '张伟', '张伟', null];
    ws.getCell('C5').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getRow(6).values = ['恒瑞精密(苏州)有限公司', '王工', wall(2024, 6, 12), '电话', '电话报价', '报价', '方案报价', '1.2万', null, null, null, '张伟', null];
    ws.getCell('C6').numFmt = CN_DATE;
    ws.getRow(7).values = ['博世汽车部件', '李经理', '2024年6月13日', '微信', null, '待回访', '需求确认', 35000, '6-20', '约见面', '李娜', '李娜', null];
    ws.getCell('E7').value = { richText: [{ text: '发送' }, { font: { bold: true }, text: '产品资料' }] };
    ws.getRow(8).values = ['华星电子', null, '2024.6.14 下午3:00', '邮件', '合同条款沟通', '谈判中', '合同谈判', 80000, wall(2024, 6, 21), '谈判', null, '老王', 'VIP客户'];
    ws.getCell('I8').numFmt = 'yyyy/m/d';
    ws.getRow(9).values = ['华星电子', null, '下周', '电话', '再联系', '待回访', '合同谈判', null, null, null, null, '李娜', null];
    ws.getRow(10).values = ['合计', null, null, null, null, null, null, { formula: 'SUM(H5:H9)', result: 115000 }, null, null, null, null, null];
    ws.getRow(11).values = [null, null, wall(2024, 6, 15), '电话', '没写客户的一行', '待回访', '线索', null, null, null, null, '张伟', null];
    const options = wb.addWorksheet('选项', { state: 'hidden' });
    options.addRow(['跟进方式', '电话', '微信', '面访']);
  });
  return useBuiltInNumFmts(bytes, { [CN_DATE]: 31 });
};

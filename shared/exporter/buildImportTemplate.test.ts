import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { testLookups } from '../grid/testRows.ts';
import { buildImportTemplate, TEMPLATE_ROWS } from './buildImportTemplate.ts';
import { excel, type Workbook, type Worksheet } from './excel.ts';

const fields: CustomFieldDef[] = [
  { id: 'budget', label: '预算周期', type: 'select', target: 'followUp', options: ['本季度', '明年'], order: 1, archived: false },
  { id: 'scale', label: '企业规模', type: 'select', target: 'customer', options: ['<50 人', '50–200 人', '>200 人'], order: 1, archived: false },
  { id: 'old', label: '旧字段', type: 'text', target: 'customer', options: [], order: 2, archived: true },
];

const template = async (kind: 'followUps' | 'customers'): Promise<{ book: Workbook; sheet: Worksheet }> => {
  const book = await excel.readXlsx(await buildImportTemplate(kind, testLookups(fields), Date.UTC(2026, 10, 23, 4)));
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { book, sheet };
};

const header = (sheet: Worksheet): unknown[] => (sheet.getRow(1).values as unknown[]).slice(1);

const hasValues = (sheet: Worksheet): boolean => {
  let found = false;
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    if (n > 1 && row.hasValues) found = true;
  });
  return found;
};

describe('buildImportTemplate', () => {
  it('lays out the 跟进记录 sheet like an export, without data or 记录ID', async () => {
    const { book, sheet } = await template('followUps');
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([['跟进记录', 'visible'], ['填写说明', 'visible'], ['_lists', 'hidden']]);
    expect(header(sheet)).toEqual(['客户', '联系人', '跟进时间', '跟进方式', '跟进内容摘要', '当前状态', '销售阶段', '金额', '下一步日期', '下一步动作', '下一步负责人', '责任人', '备注', '预算周期']);
    expect(hasValues(sheet)).toBe(false);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:N${TEMPLATE_ROWS + 1}`);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
  });

  it('marks required headers in red and formats the 200 empty rows', async () => {
    const { sheet } = await template('followUps');
    expect(sheet.getCell('A1').font?.color?.argb).toBe('FFC00000');
    expect(sheet.getCell('B1').font?.color).toBeUndefined();
    const last = TEMPLATE_ROWS + 1;
    expect(sheet.getCell(`C${last}`).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell(`I${last}`).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell(`H2`).numFmt).toBe('¥#,##0.00');
    expect(sheet.getCell(`J2`).numFmt).toBe('@');
    expect(sheet.getCell(`A${last}`).border?.bottom?.style).toBe('thin');
    expect(sheet.getCell(`A${last + 1}`).border?.bottom).toBeUndefined();
  });

  it('offers the same dropdowns over the fill-in rows', async () => {
    const { book, sheet } = await template('followUps');
    const last = TEMPLATE_ROWS + 1;
    expect(sheet.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ["'_lists'!$A$2:$A$7"] });
    expect(sheet.getCell(`D${last}`).dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell(`D${last + 1}`).dataValidation).toBeUndefined();
    const owner = sheet.getCell('L2').dataValidation;
    expect(owner?.type).toBe('list');
    expect(sheet.getCell('K2').dataValidation?.formulae).toEqual(owner?.formulae);
    const budget = sheet.getCell('N2').dataValidation;
    const lists = book.getWorksheet('_lists');
    const column = String(budget?.formulae[0]).match(/\$([A-Z]+)\$2/)?.[1] ?? '';
    expect([2, 3].map((r) => lists?.getCell(`${column}${r}`).value)).toEqual(['本季度', '明年']);
  });

  it('explains in 填写说明 which columns are required, the date formats and the choices', async () => {
    const { book } = await template('followUps');
    const help = book.getWorksheet('填写说明');
    const text: string[] = [];
    help?.eachRow((row) => text.push((row.values as unknown[]).filter((v) => typeof v === 'string').join(' | ')));
    const all = text.join('\n');
    expect(all).toContain('2026年11月23日');
    expect(text).toContain('客户 | 必填 | 客户名称；客户档案中没有的客户导入时会新建');
    expect(text).toContain('联系人 | 选填 | 联系人姓名（该客户下的联系人）');
    expect(text.find((line) => line.startsWith('跟进方式'))).toBe('跟进方式 | 必填 | 从下拉列表中选择 | 电话、微信、面访、邮件、视频会议、其他');
    expect(text.find((line) => line.startsWith('责任人'))).toContain('赵敏、安然、孙立');
  });

  it('builds the 客户 template with text phone columns and only live customer fields', async () => {
    const { sheet, book } = await template('customers');
    expect(sheet.name).toBe('客户');
    const titles = header(sheet);
    expect(titles).toEqual(['客户名称', '简称', '行业', '来源渠道', '负责人', '意向等级', '预计金额', '地区', '地址', '联系人', '职位', '电话', '微信', '邮箱', '备注', '企业规模']);
    expect(hasValues(sheet)).toBe(false);
    expect(sheet.getCell('L2').numFmt).toBe('@');
    expect(sheet.getCell('G2').numFmt).toBe('¥#,##0.00');
    expect(sheet.getCell('C2').dataValidation?.type).toBe('list');
    expect(sheet.getCell('F2').dataValidation?.type).toBe('list');
    expect(sheet.getCell('P2').dataValidation?.type).toBe('list');
    expect(book.getWorksheet('填写说明')).toBeDefined();
  });
});

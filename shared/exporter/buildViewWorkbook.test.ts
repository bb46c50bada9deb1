import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { gridColumns } from '../grid/followUpColumns.ts';
import type { GridColumn, GridLookups } from '../grid/gridTypes.ts';
import { TEST_FOLLOWED_AT, testLookups, testRow } from '../grid/testRows.ts';
import { buildViewWorkbook } from './buildViewWorkbook.ts';
import { excel, type Workbook, type Worksheet } from './excel.ts';

const fields: CustomFieldDef[] = [
  { id: 'region', label: '区域', type: 'select', target: 'followUp', options: ['华东', '华南'], order: 1, archived: false },
  { id: 'tags', label: '标签', type: 'multiselect', target: 'followUp', options: ['重点', '新品'], order: 2, archived: false },
];

const lookups = (): GridLookups => {
  const base = testLookups(fields);
  // An archived option must not be offered in a dropdown.
  const methods = base.options.methods.map((o) => (o.id === 'other' ? { ...o, archived: true } : o));
  return { ...base, options: { ...base.options, methods } };
};

const pick = (ids: string[], widths: Record<string, number> = {}): GridColumn[] => {
  const all = gridColumns(fields);
  return ids.map((id) => {
    const column = all.find((c) => c.id === id);
    if (!column) throw new Error(id);
    return { ...column, width: widths[id] ?? column.width };
  });
};

// View order, not the default order: the export must follow it.
const columns = pick(['summary', 'followedAt', 'customerId', 'method', 'amount', 'nextDate', 'ownerId', 'nextAction', 'contactId', 'custom.region', 'custom.tags'], { summary: 280, customerId: 140 });

const rows = [
  testRow('r-1', { summary: '电话沟通，客户要求\n下周再报一次价', amount: 12800.5, nextDate: '2026-11-25', nextAction: '13800138000', contactId: 'c1-k1', custom: { region: '华东', tags: ['重点', '新品'] } }),
  testRow('r-2', { customerId: 'c2', method: 'wechat', ownerId: 'rep02', followedAt: Date.UTC(2026, 10, 21, 15, 30) }),
];

const exported = async (input: Partial<Parameters<typeof buildViewWorkbook>[0]> = {}): Promise<{ book: Workbook; sheet: Worksheet }> => {
  const bytes = await buildViewWorkbook({ rows, columns, lookups: lookups(), title: '销售跟进表 · 我的跟进', sheetName: '我的跟进', exportedAt: Date.UTC(2026, 10, 23, 4), ...input });
  const book = await excel.readXlsx(bytes);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { book, sheet };
};

const header = (sheet: Worksheet): unknown[] => (sheet.getRow(1).values as unknown[]).slice(1);

describe('buildViewWorkbook', () => {
  it('writes the view\'s columns in order with the Chinese labels and the hidden 记录ID column last', async () => {
    const { sheet } = await exported();
    expect(sheet.name).toBe('我的跟进');
    expect(header(sheet)).toEqual(['跟进内容摘要', '跟进时间', '客户', '跟进方式', '金额', '下一步日期', '责任人', '下一步动作', '联系人', '区域', '标签', '记录ID']);
    const idColumn = sheet.getColumn(12);
    expect(idColumn.hidden).toBe(true);
    expect([sheet.getCell('L2').value, sheet.getCell('L3').value]).toEqual(['r-1', 'r-2']);
  });

  it('freezes the header and first column, filters over every column and sizes columns from px', async () => {
    const { sheet } = await exported();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // The hidden id column is inside the filter range, so sorting in Excel keeps ids with their rows.
    expect(sheet.autoFilter).toBe('A1:L3');
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getColumn(3).width).toBe(20);
    expect(sheet.getColumn(2).width).toBeCloseTo(136 / 7, 1);
  });

  it('writes 跟进时间 and dates as real dates showing the team\'s local time, amounts as ¥ numbers', async () => {
    const { sheet } = await exported();
    // 10:00 in Shanghai is stored as 10:00 UTC, so Excel (which has no time zones) shows 10:00.
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 10, 20, 10, 0)));
    expect(new Date(TEST_FOLLOWED_AT + 480 * 60_000)).toEqual(sheet.getCell('B2').value);
    expect(sheet.getCell('B2').numFmt).toBe('yyyy-mm-dd hh:mm');
    // 15:30 UTC on the 21st is 23:30 on the 21st in Shanghai.
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 10, 21, 23, 30)));
    expect(sheet.getCell('F2').value).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(sheet.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('F3').value).toBeNull();
    expect(sheet.getCell('E2').value).toBe(12800.5);
    expect(sheet.getCell('E2').numFmt).toBe('¥#,##0.00');
  });

  it('writes options, members, customers and contacts as their labels, and phone-like text as text', async () => {
    const { sheet } = await exported();
    expect(['C2', 'D2', 'G2', 'I2', 'J2', 'K2'].map((a) => sheet.getCell(a).value)).toEqual(['张江精密机械', '电话', '赵敏', '王工', '华东', '重点、新品']);
    expect(['C3', 'D3', 'G3'].map((a) => sheet.getCell(a).value)).toEqual(['阿里云计算', '微信', '安然']);
    expect(sheet.getCell('H2').value).toBe('13800138000');
    expect(sheet.getCell('H2').numFmt).toBe('@');
    expect(sheet.getCell('A2').value).toBe('电话沟通，客户要求\n下周再报一次价');
    expect(sheet.getCell('A2').alignment?.wrapText).toBe(true);
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(30);
  });

  it('gives option and member columns dropdowns that refer to ranges on the hidden _lists sheet', async () => {
    const { book, sheet } = await exported();
    const lists = book.getWorksheet('_lists');
    expect(lists?.state).toBe('hidden');
    const method = sheet.getCell('D2').dataValidation;
    expect(method).toMatchObject({ type: 'list', formulae: ["'_lists'!$A$2:$A$6"] });
    expect([2, 3, 4, 5, 6].map((r) => lists?.getCell(r, 1).value)).toEqual(['电话', '微信', '面访', '邮件', '视频会议']);
    expect(lists?.getCell(7, 1).value).toBeNull();
    const owner = sheet.getCell('G3').dataValidation;
    expect(owner).toMatchObject({ type: 'list', formulae: ["'_lists'!$B$2:$B$4"] });
    expect([2, 3, 4].map((r) => lists?.getCell(r, 2).value)).toEqual(['赵敏', '安然', '孙立']);
    expect(sheet.getCell('J2').dataValidation).toMatchObject({ type: 'list', formulae: ["'_lists'!$C$2:$C$3"] });
    // Text, dates and multi-choice columns get none.
    for (const address of ['A2', 'B2', 'C2', 'K2', 'L2']) expect(sheet.getCell(address).dataValidation).toBeUndefined();
  });

  it('covers 200 spare rows below the data with dropdowns, not the whole column', async () => {
    const { sheet } = await exported();
    expect(sheet.getCell('D203').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('D204').dataValidation).toBeUndefined();
  });

  it('prints A4 landscape, one page wide, with the header row on every page', async () => {
    const { sheet } = await exported();
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddHeader).toBe('&L销售跟进表 · 我的跟进&R导出于 2026-11-23 12:00');
  });

  it('cleans a sheet name Excel would refuse and exports an empty view as a header alone', async () => {
    const { sheet } = await exported({ rows: [], sheetName: 'A/B: [重点]客户?' });
    expect(sheet.name).toBe('A B 重点 客户');
    expect(header(sheet)).toHaveLength(12);
    expect(sheet.autoFilter).toBe('A1:L1');
    expect(sheet.getCell('A2').value).toBeNull();
  });
});

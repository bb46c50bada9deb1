import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { detectHeader } from '../importer/detectHeader.ts';
import { defaultImportLimits } from '../importer/importLimits.ts';
import type { HeaderGuess, ImportCell, ImportSheet } from '../importer/importTypes.ts';
import { mapColumns } from '../importer/mapColumns.ts';
import { readWorkbook } from '../importer/readWorkbook.ts';
import { sniffFile } from '../importer/sniffFile.ts';
import { buildRejectedWorkbook } from './buildRejectedWorkbook.ts';
import { excel, type Worksheet } from './excel.ts';

const text = (v: string): ImportCell => ({ t: 'text', v });
const EMPTY: ImportCell = { t: 'empty' };
const CN_DATE = 'yyyy"年"m"月"d"日"';
// 2024-06-11 14:30 as the importer reads it (to whole seconds).
const JUNE_11_1430 = (45454 * 86_400 + 52_200) / 86_400;

/** A messy 跟进表 as the importer reads it: a title row, the titles, rows numbered as in Excel (row 5 was empty). */
const source: ImportSheet = {
  name: '2024年跟进',
  hidden: false,
  rows: [
    [text('2024年销售跟进表'), text('2024年销售跟进表'), text('2024年销售跟进表')],
    [text('客户名称'), text('跟进日期'), text('联系电话'), text('金额'), text('业务员'), text('已成交'), text('备注')],
    [text('华东机电'), { t: 'date', v: 45453, numFmt: CN_DATE }, text('013800138000'), { t: 'number', v: 12800.5, numFmt: '#,##0.00' }, text('王磊'), { t: 'bool', v: false }, EMPTY],
    [EMPTY, { t: 'date', v: JUNE_11_1430, numFmt: 'yyyy-mm-dd hh:mm' }, text('021-5555 0101'), { t: 'number', v: 300 }, text('李娜'), EMPTY, text('客户名称漏填\n第二行')],
    [text('南方贸易'), text('下周二'), text('110101199003071234'), { t: 'error', v: '#N/A' }, text('陌生人'), { t: 'bool', v: true }, text('=1+1')],
  ],
  rowNumbers: [1, 2, 3, 4, 6],
  merges: [{ top: 1, bottom: 1, left: 0, right: 2 }],
};
const header: HeaderGuess = { headerRow: 1, headerRows: 1, headers: ['客户名称', '跟进日期', '联系电话', '金额', '业务员', '已成交', '备注'] };
const rejected = [
  { rowNumber: 4, reasons: ['客户为空'] },
  { rowNumber: 6, reasons: ['跟进时间无法识别：下周二', '金额不是数字'] },
];

const build = () => buildRejectedWorkbook({ sheet: source, header, rows: rejected, fileName: '跟进表.xlsx', exportedAt: Date.UTC(2026, 10, 23, 4) });

const firstSheet = async (bytes: Uint8Array): Promise<Worksheet> => {
  const sheet = (await excel.readXlsx(bytes)).worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
};

const values = (sheet: Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1);

describe('buildRejectedWorkbook', () => {
  it('puts 原行号 and 未导入原因 before the file\'s own titles, one row per rejected row', async () => {
    const sheet = await firstSheet(await build());
    expect(sheet.name).toBe('2024年跟进');
    expect(values(sheet, 1)).toEqual(['原行号', '未导入原因', '客户名称', '跟进日期', '联系电话', '金额', '业务员', '已成交', '备注']);
    expect(sheet.actualRowCount).toBe(3);
    expect(sheet.getCell('A2').value).toBe(4);
    expect(sheet.getCell('B2').value).toBe('客户为空');
    expect(sheet.getCell('A3').value).toBe(6);
    expect(sheet.getCell('B3').value).toBe('跟进时间无法识别：下周二；金额不是数字');
  });

  it('writes the cells back typed: text as text, numbers as numbers, dates as dates, with their formats', async () => {
    const sheet = await firstSheet(await build());
    expect(sheet.getCell('C2').value).toBeNull();
    expect(sheet.getCell('D2').value).toEqual(new Date(Date.UTC(2024, 5, 11, 14, 30)));
    expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('E2').value).toBe('021-5555 0101');
    expect(sheet.getCell('E2').numFmt).toBe('@');
    expect(sheet.getCell('F2').value).toBe(300);
    expect(sheet.getCell('I2').value).toBe('客户名称漏填\n第二行');
    expect(sheet.getCell('D3').value).toBe('下周二');
    expect(sheet.getCell('E3').value).toBe('110101199003071234');
    expect(sheet.getCell('F3').value).toEqual({ error: '#N/A' });
    expect(sheet.getCell('H3').value).toBe(true);
    // Text that looks like a formula stays text.
    expect(sheet.getCell('I3').value).toBe('=1+1');
  });

  it('freezes the header and the two added columns, filters every column and highlights the reasons', async () => {
    const sheet = await firstSheet(await build());
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:I3');
    expect(sheet.getCell('B1').font?.bold).toBe(true);
    for (const address of ['B1', 'B2', 'B3']) expect(sheet.getCell(address).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('C2').fill).not.toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(14);
    expect(sheet.getColumn(2).width).toBeLessThanOrEqual(40);
    expect(sheet.getColumn(5).width).toBeGreaterThan(sheet.getColumn(8).width ?? 0);
  });

  it('re-imports as the original rows: the two added columns map to nothing, every cell reads as it did', async () => {
    // A custom field named 原因 would otherwise take 未导入原因 (its title contains the name).
    const custom: CustomFieldDef[] = [{ id: 'why', label: '原因', type: 'text', target: 'followUp', options: [], order: 1, archived: false }];
    const bytes = await build();
    const kind = sniffFile(bytes, '跟进表-未导入的行.xlsx');
    if (typeof kind !== 'string') throw new Error(kind.message);
    const book = await readWorkbook(bytes, kind, defaultImportLimits);
    if ('ok' in book) throw new Error(book.message);
    const sheet = book.sheets[0];
    if (!sheet) throw new Error('no sheet');
    const guess = detectHeader(sheet, custom);
    expect(guess).toEqual({ headerRow: 0, headerRows: 1, headers: ['原行号', '未导入原因', ...header.headers] });
    const { mapping } = mapColumns(guess.headers, 'followUps', undefined, custom);
    expect(Object.values(mapping)).toEqual(['', '', 'customerId', 'followedAt', '', 'amount', 'ownerId', '', 'remark']);
    expect(sheet.rows.slice(1).map((r) => r.slice(2))).toEqual([source.rows[3], source.rows[4]].map((r) => r?.slice(0, r.findLastIndex((c) => c.t !== 'empty') + 1)));
  });

  it('rejecting rows of a rejected-rows workbook again keeps one pair of added columns', async () => {
    const bytes = await build();
    const book = await readWorkbook(bytes, 'xlsx', defaultImportLimits);
    if ('ok' in book || !book.sheets[0]) throw new Error('unreadable');
    const again = await buildRejectedWorkbook({ sheet: book.sheets[0], header: detectHeader(book.sheets[0]), rows: [{ rowNumber: 3, reasons: ['仍无法识别'] }], fileName: 'x.xlsx', exportedAt: 0 });
    const sheet = await firstSheet(again);
    expect(values(sheet, 1)).toEqual(['原行号', '未导入原因', ...header.headers]);
    expect(values(sheet, 2).slice(0, 4)).toEqual([3, '仍无法识别', '南方贸易', '下周二']);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../../domain/options.ts';
import { buildWeeklyReport } from '../../weekly/buildWeeklyReport.ts';
import { normalizeWeeklyTemplate } from '../../weekly/normalizeWeeklyTemplate.ts';
import { weeklyTeamInput } from '../../weekly/weeklyTeam.fixture.ts';
import { defaultImportLimits } from '../../importer/importLimits.ts';
import { inspectZip } from '../../importer/inspectZip.ts';
import { entryText } from '../../importer/xlsx/entryChunks.ts';
import { excel, type Workbook, type Worksheet } from '../excel.ts';
import { buildWeeklyWorkbook } from './buildWeeklyWorkbook.ts';
import { testPng, TEST_PNG_BASE64 } from './testPng.fixture.ts';
import { toWeeklyWorkbookInput, type WeeklyLookups } from './toWeeklyWorkbookInput.ts';
import { weeklyFileName } from './weeklyFileName.ts';

const lookups: WeeklyLookups = {
  customers: new Map([
    ['c1', { name: '张江精密机械', contacts: [{ id: 'k1', name: '王工' }] }],
    ['c2', { name: '阿里云计算', contacts: [] }],
    ['c4', { name: '四方物流', contacts: [] }],
  ]),
  options: defaultOptionLists(),
};

/** 2026-12-07 09:30 in Shanghai: the Monday after the week. */
const MADE_AT = Date.UTC(2026, 11, 7, 1, 30);

const bytesOf = async (kpis?: string[]): Promise<Uint8Array> => {
  const template = normalizeWeeklyTemplate({ targets: { a: 100_000, c: 50_000 }, ...(kpis ? { kpis } : {}), sectionTitles: { risks: '风险与求助' } });
  const report = buildWeeklyReport(weeklyTeamInput({ template }));
  const charts = [
    { title: '签约金额', png: testPng(), widthPx: 600, heightPx: 300 },
    { title: '跟进方式', png: testPng(), widthPx: 600, heightPx: 300 },
  ];
  const input = toWeeklyWorkbookInput(report, template, lookups, { company: '上海启航智能装备有限公司', department: '销售部', author: '张伟', madeAt: MADE_AT, utcOffsetMinutes: 480, charts });
  return buildWeeklyWorkbook(input);
};
const written = async (kpis?: string[]): Promise<Workbook> => excel.readXlsx(await bytesOf(kpis));

/** exceljs writes manual page breaks but does not read them back: read them from the sheet's XML. */
const rowBreaks = async (bytes: Uint8Array, part: string): Promise<number[]> => {
  const zip = inspectZip(bytes, defaultImportLimits);
  const entry = zip.ok ? zip.entries.find((e) => e.name === part) : undefined;
  if (!entry) throw new Error(`no ${part}`);
  const xml = await entryText(bytes, entry, 1 << 24);
  return [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
};

const sheetOf = (book: Workbook, name: string): Worksheet => {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const rowValues = (sheet: Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1);
const rowOf = (sheet: Worksheet, name: string): number => {
  let found = 0;
  sheet.eachRow((row, n) => {
    if (!found && row.getCell(1).value === name) found = n;
  });
  return found;
};

describe('buildWeeklyWorkbook', () => {
  it('writes sheets 周报 and 跟进明细 with the title block merged across the table', async () => {
    const book = await written();
    expect(book.worksheets.map((s) => s.name)).toEqual(['周报', '跟进明细']);
    const sheet = sheetOf(book, '周报');
    expect(sheet.getCell('A1').value).toBe('上海启航智能装备有限公司 销售周报');
    expect(sheet.getCell('A2').value).toBe('第49周（2026年11月30日—12月6日）');
    // 11 columns: 姓名 and the ten KPIs.
    expect(sheet.getCell('K1').master.address).toBe('A1');
    expect(sheet.getCell('K2').master.address).toBe('A2');
    expect(sheet.getCell('L1').master.address).toBe('L1');
    expect(['A3', 'E3', 'I3'].map((a) => sheet.getCell(a).value)).toEqual(['部门：销售部', '制表人：张伟', '制表日期：2026-12-07']);
  });

  it('prints A4 landscape one page wide, repeats and freezes the header rows, with the footer 第 &P 页 共 &N 页, 制表人 and the print date', async () => {
    const book = await written();
    for (const [name, titles, frozen] of [['周报', '1:2', 5], ['跟进明细', '1:2', 2]] as const) {
      const sheet = sheetOf(book, name);
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: titles });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: frozen });
      expect(sheet.headerFooter.oddFooter).toBe('&L制表人：张伟&C第 &P 页 共 &N 页&R打印日期：&D');
      // The title rows repeat on every page, so no page header repeats them again.
      expect(sheet.headerFooter.oddHeader).toBeUndefined();
    }
  });

  it('writes the per-rep table in the template’s KPI order with ¥ and % formats, "—" where there is no number, and 合计', async () => {
    const sheet = sheetOf(await written(), '周报');
    expect(rowValues(sheet, 5)).toEqual(['姓名', '目标', '实际', '完成率', '上周', '环比', '新增客户', '跟进次数', '报价数', '签约数', '金额']);
    const wang = rowOf(sheet, '王芳');
    expect(rowValues(sheet, wang)).toEqual(['王芳', 100_000, 120_000, 1.2, 0, '—', 1, 5, 1, 1, 120_000]);
    const li = rowOf(sheet, '李强');
    expect(rowValues(sheet, li).slice(0, 6)).toEqual(['李强', '—', 66_000.5, '—', 50_000, expect.closeTo(0.32001, 10)]);
    expect(sheet.getCell(wang, 2).numFmt).toBe('¥#,##0.00');
    expect(sheet.getCell(wang, 4).numFmt).toBe('0.0%');
    expect(sheet.getCell(wang, 6).numFmt).toBe('0.0%');
    expect(sheet.getCell(wang, 8).numFmt).toBe('0');
    expect(sheet.getCell(wang, 11).numFmt).toBe('¥#,##0.00');
    const totals = rowOf(sheet, '合计');
    expect(totals).toBe(10);
    expect(rowValues(sheet, totals)).toEqual(['合计', 150_000, 186_000.5, expect.closeTo(1.2400033, 6), 50_000, expect.closeTo(2.72001, 10), 2, 11, 1, 2, 186_000.5]);
    expect(sheet.getCell(totals, 3).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).width).toBe(16);
  });

  it('shows only the template’s KPIs, in its order', async () => {
    const sheet = sheetOf(await written(['amount', 'followUps', 'completion']), '周报');
    expect(rowValues(sheet, 5)).toEqual(['姓名', '金额', '跟进次数', '完成率']);
    expect(rowValues(sheet, rowOf(sheet, '王芳'))).toEqual(['王芳', 120_000, 5, 1.2]);
  });

  it('embeds the charts as PNG pictures and puts the sections, with the template’s titles, after them', async () => {
    const book = await written();
    const sheet = sheetOf(book, '周报');
    const images = sheet.getImages();
    expect(images).toHaveLength(2);
    const media = book.getImage(Number(images[0]?.imageId));
    expect(media.extension).toBe('png');
    // The picture is the PNG given, byte for byte.
    expect(new Uint8Array(media.buffer as unknown as Uint8Array)).toEqual(Uint8Array.from(atob(TEST_PNG_BASE64), (c) => c.charCodeAt(0)));
    // Side by side under the table, at the same row.
    expect(images[0]?.range.tl.nativeRow).toBe(images[1]?.range.tl.nativeRow);
    expect(images[0]?.range.tl.nativeRow).toBeGreaterThan(10);
    const head = [...Array(60).keys()].map((i) => i + 11).find((r) => sheet.getCell(r, 1).value === '姓名') ?? 0;
    expect(head).toBeGreaterThan(Number(images[0]?.range.tl.nativeRow));
    // Merged over B–E (16+16+10+16 = 58 characters), F–H (30) and I–K (36): nearest 40% / 30% / 30% of 124.
    expect(['B', 'F', 'I'].map((c) => sheet.getCell(`${c}${head}`).value)).toEqual(['本周总结', '风险与求助', '下周计划']);
    expect(['E', 'H', 'K'].map((c) => sheet.getCell(`${c}${head}`).master.address)).toEqual([`B${head}`, `F${head}`, `I${head}`]);
    const wang = head + 3;
    expect(sheet.getCell(wang, 1).value).toBe('王芳');
    expect(sheet.getCell(wang, 2).value).toBe('周二 12/1：申请阶梯折扣；协调生产排期；客户意向：高');
    expect(sheet.getCell(wang, 5).master.address).toBe(sheet.getCell(wang, 2).address);
    expect(sheet.getCell(wang, 6).value).toBe('1. 客户嫌价格高（12/1、12/3）\n2. 交期紧张');
    expect(sheet.getCell(wang, 9).value).toBe('1. 准备合同\n2. 约法务审核');
    expect(sheet.getCell(head + 4, 9).value).toBe('—');
    // A wrapped text row is sized for its lines (merged cells do not grow by themselves).
    expect(sheet.getRow(wang).height).toBeGreaterThanOrEqual(2 * 14);
    // The sections start on a page of their own, after the charts.
    expect(await rowBreaks(await bytesOf(), 'xl/worksheets/sheet1.xml')).toEqual([head - 1]);
  });

  it('lists the week’s follow-ups per rep on 跟进明细, each rep on a new page', async () => {
    const bytes = await bytesOf();
    const sheet = sheetOf(await excel.readXlsx(bytes), '跟进明细');
    expect(rowValues(sheet, 2)).toEqual(['跟进时间', '客户', '联系人', '跟进方式', '销售阶段', '当前状态', '跟进内容摘要', '金额', '下一步日期', '下一步计划']);
    // 李强 (5), 孙经理 (1), 王芳 (5); 赵敏 had none and gets no page.
    expect([3, 9, 11].map((r) => sheet.getCell(r, 1).value)).toEqual(['李强\u3000共 5 条跟进', '孙经理\u3000共 1 条跟进', '王芳\u3000共 5 条跟进']);
    expect(sheet.getCell('J3').master.address).toBe('A3');
    // Breaks after each block but the last.
    expect(await rowBreaks(bytes, 'xl/worksheets/sheet2.xml')).toEqual([8, 10]);
    // 李强's first row: Monday 00:00 in Shanghai, written as that wall time.
    expect(sheet.getCell('A4').value).toEqual(new Date(Date.UTC(2026, 10, 30, 0, 0)));
    expect(sheet.getCell('A4').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(['B4', 'D4', 'E4', 'H4'].map((a) => sheet.getCell(a).value)).toEqual(['四方物流', '面访', '成交签约', 66_000.5]);
    expect(sheet.getCell('H4').numFmt).toBe('¥#,##0.00');
    const lastOfWang = 16;
    expect(sheet.getCell(lastOfWang, 2).value).toBe('张江精密机械');
    expect(sheet.getCell(lastOfWang, 8).value).toBe(120_000);
  });

  it('with 20 reps, opens page 2 with the charts (too tall for page 1) and lets the sections follow them', async () => {
    const template = normalizeWeeklyTemplate({});
    const report = buildWeeklyReport(weeklyTeamInput({ template }));
    const many = { ...report, reps: Array.from({ length: 20 }, (_, i) => ({ ...report.reps[0]!, memberId: `r${i}`, name: `销售${i + 1}` })) };
    const input = toWeeklyWorkbookInput(many, template, lookups, { company: '', department: '销售部', author: '张伟', madeAt: MADE_AT, utcOffsetMinutes: 480, charts: [{ title: 'x', png: testPng(), widthPx: 640, heightPx: 320 }, { title: 'y', png: testPng(), widthPx: 640, heightPx: 320 }] });
    const bytes = await buildWeeklyWorkbook(input);
    const sheet = sheetOf(await excel.readXlsx(bytes), '周报');
    // Header at 5, 20 lines, 合计 at 26: the break follows the table, and no other break is made.
    expect(sheet.getCell('A26').value).toBe('合计');
    expect(await rowBreaks(bytes, 'xl/worksheets/sheet1.xml')).toEqual([26]);
    expect(sheet.getImages()[0]?.range.tl.nativeRow).toBe(27);
  });

  it('names the file after the week', () => {
    expect(weeklyFileName(49, '2026-11-30')).toBe('销售周报_第49周_2026-11-30.xlsx');
  });
});

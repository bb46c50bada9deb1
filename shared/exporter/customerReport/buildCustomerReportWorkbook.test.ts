import { describe, expect, it } from 'vitest';
import { excel, type Worksheet } from '../excel.ts';
import { buildCustomerReportWorkbook } from './buildCustomerReportWorkbook.ts';
import { customerReportFileName } from './customerReportFileName.ts';
import type { CustomerReportBook } from './customerReportTypes.ts';
import { reportAttachments, reportComments, reportCustomer, reportFollowUps, reportLookups } from './customerReport.fixture.ts';
import { toCustomerReportInput } from './toCustomerReportInput.ts';

/** 2026-12-01 10:30 in Shanghai. */
const MADE_AT = Date.UTC(2026, 11, 1, 2, 30);
const report = () => toCustomerReportInput(reportCustomer(), reportFollowUps(), reportComments(), reportAttachments(), reportLookups);
const book = (reports = [report()]): CustomerReportBook => ({ company: '上海启航智能装备有限公司', author: '张伟', madeAt: MADE_AT, utcOffsetMinutes: 480, reports });

/** The first row whose column A holds `text`, from `after` on. */
const rowOf = (sheet: Worksheet, text: string, after = 1): number => {
  for (let r = after; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
  throw new Error(`no row「${text}」`);
};
const rowStarting = (sheet: Worksheet, prefix: string): number => {
  for (let r = 1; r <= sheet.rowCount; r++) if (String(sheet.getCell(r, 1).value ?? '').startsWith(prefix)) return r;
  throw new Error(`no row starting「${prefix}」`);
};

describe('buildCustomerReportWorkbook: one customer', async () => {
  const read = await excel.readXlsx(await buildCustomerReportWorkbook(book()));
  const sheet = read.worksheets[0]!;

  it('is one sheet named for the customer, set up for A4 portrait, one page wide, title rows repeated, the footer with 制表人 and the print date', () => {
    expect(read.worksheets.map((s) => s.name)).toEqual(['恒瑞精密']);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    expect(sheet.headerFooter.oddFooter).toBe('&L制表人：张伟&C第 &P 页 共 &N 页&R打印日期：&D');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('opens with the title block: company, the customer with its short name, 负责人 · 制表人 · 制表日期', () => {
    expect(sheet.getCell('A1').value).toBe('上海启航智能装备有限公司 客户跟进报告');
    expect(sheet.getCell('A2').value).toBe('苏州恒瑞精密机械有限公司（恒瑞精密）');
    expect([sheet.getCell('A3').value, sheet.getCell('D3').value, sheet.getCell('G3').value]).toEqual(['负责人：李娜', '制表人：张伟', '制表日期：2026-12-01']);
  });

  it('writes numbers and dates as numbers with formats: 成交概率 0%, 预计金额 ¥, 预计成交日期 a date, 健康分 in 分, 成熟度 0.0', () => {
    const prob = rowOf(sheet, '成交概率');
    expect([sheet.getCell(prob, 2).value, sheet.getCell(prob, 2).numFmt]).toEqual([0.35, '0%']);
    expect([sheet.getCell(prob, 5).value, sheet.getCell(prob, 6).value, sheet.getCell(prob, 6).numFmt]).toEqual(['预计金额', 150_000, '¥#,##0.00']);
    const maturity = rowOf(sheet, '成熟度');
    expect([sheet.getCell(maturity, 2).value, sheet.getCell(maturity, 2).numFmt]).toEqual([0.5, '0.0']);
    expect(sheet.getCell(maturity, 6).value).toEqual(new Date(Date.UTC(2027, 0, 15)));
    expect(sheet.getCell(maturity, 6).numFmt).toBe('yyyy-mm-dd');
    const grade = rowOf(sheet, '客户等级');
    expect([sheet.getCell(grade, 2).value, sheet.getCell(grade, 6).value, sheet.getCell(grade, 6).numFmt]).toEqual(['A', 47, '0"分"']);
    expect(sheet.getCell(grade + 1, 6).value).toBe('互动频率 5/30 · 需求明确度 16.7/25 · 决策链 25/25 · 竞品 0/20');
    expect(sheet.getCell(rowOf(sheet, '等级说明'), 2).value).toBe('主管调整（计算为 B）：集团战略客户');
  });

  it('lists contacts with roles, the evidence with weights and dates (未取得 where missing) and files', () => {
    const contacts = rowStarting(sheet, '联系人（3 位）');
    expect([1, 2, 4, 6].map((c) => sheet.getCell(contacts + 2, c).value)).toEqual(['王工', '技术、决策人', '技术总监', '138 0013 8000']);
    expect(sheet.getCell(contacts + 2, 7).value).toBe('微信 wanggong\n邮箱 wang@hengrui.cn');
    expect(sheet.getCell(rowStarting(sheet, '关键证据（成熟度 0.5）'), 1).value).toBe('关键证据（成熟度 0.5）');
    const needs = rowOf(sheet, '需求确认书签署');
    expect([sheet.getCell(needs, 2).value, sheet.getCell(needs, 2).numFmt, sheet.getCell(needs, 3).value, sheet.getCell(needs, 7).value]).toEqual([0.3, '0.0', new Date(Date.UTC(2026, 10, 10)), '需求确认书.pdf']);
    expect(sheet.getCell(rowOf(sheet, '商务条款确认'), 3).value).toBe('未取得');
  });

  it('prints the timeline newest first with real times, money and the next step, then the next plan', () => {
    const head = rowStarting(sheet, '跟进记录（3 条跟进）') + 1;
    expect([1, 2, 3, 4, 5, 7, 8].map((c) => sheet.getCell(head, c).value)).toEqual(['时间', '方式', '对象', '阶段', '内容', '金额', '下一步']);
    // 2026-11-30 08:30 in Shanghai, written as that wall-clock time.
    expect(sheet.getCell(head + 1, 1).value).toEqual(new Date(Date.UTC(2026, 10, 30, 8, 30)));
    expect(sheet.getCell(head + 1, 1).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell(head + 1, 2).value).toBe('回复');
    const quote = head + 3;
    expect([sheet.getCell(quote, 2).value, sheet.getCell(quote, 3).value, sheet.getCell(quote, 7).value, sheet.getCell(quote, 7).numFmt, sheet.getCell(quote, 8).value]).toEqual([
      '电话', '李经理', 120_000, '¥#,##0.00', '12-03 发正式报价单',
    ]);
    const plan = rowOf(sheet, '下一步计划') + 2;
    expect([sheet.getCell(plan, 1).value, sheet.getCell(plan, 2).value, sheet.getCell(plan, 4).value]).toEqual([new Date(Date.UTC(2026, 11, 3)), '李娜', '发正式报价单']);
  });
});

describe('buildCustomerReportWorkbook: a batch', async () => {
  const second = { ...report(), customer: { ...report().customer, id: 'c2', name: '无锡恒瑞精密', shortName: '恒瑞精密' } };
  const read = await excel.readXlsx(await buildCustomerReportWorkbook(book([report(), second])));

  it('is one workbook: 目录 first, then a sheet per customer with unique names, each with its own print setup', () => {
    expect(read.worksheets.map((s) => s.name)).toEqual(['目录', '恒瑞精密', '恒瑞精密(2)']);
    for (const s of read.worksheets) {
      expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
      expect(s.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页');
    }
  });

  it('目录 links each customer to its sheet', () => {
    const index = read.getWorksheet('目录')!;
    expect(index.getCell('A1').value).toBe('上海启航智能装备有限公司 客户跟进报告 · 2 个客户');
    expect(index.getCell('A4').value).toMatchObject({ text: '苏州恒瑞精密机械有限公司', hyperlink: "#'恒瑞精密'!A1" });
    expect(index.getCell('A5').value).toMatchObject({ text: '无锡恒瑞精密', hyperlink: "#'恒瑞精密(2)'!A1" });
    expect([index.getCell('F4').value, index.getCell('F4').numFmt, index.getCell('G4').value]).toEqual([150_000, '¥#,##0.00', 0.5]);
  });
});

describe('customerReportFileName', () => {
  it('names one customer’s file after it, a batch by its size', () => {
    expect(customerReportFileName(['苏州恒瑞精密机械有限公司'], '2026-12-01')).toBe('客户跟进报告_苏州恒瑞精密机械有限公司_2026-12-01.xlsx');
    expect(customerReportFileName(['A/B 公司'], '2026-12-01')).toBe('客户跟进报告_A B 公司_2026-12-01.xlsx');
    expect(customerReportFileName(['甲', '乙', '丙'], '2026-12-01')).toBe('客户跟进报告_3个客户_2026-12-01.xlsx');
  });
});

import type { Workbook, Worksheet } from '../excel.ts';
import { toExcelDate } from '../toExcelDate.ts';
import { addReportFacts } from './addReportFacts.ts';
import { addReportTitle, TITLE_ROWS } from './addReportTitle.ts';
import { applyCustomerReportPrint } from './customerReportPrint.ts';
import { DATE, DATE_TIME, MONEY, REPORT_WIDTHS, WEIGHT } from './customerReportStyles.ts';
import type { CustomerReportBook, CustomerReportInput } from './customerReportTypes.ts';
import { writeReportTable, type ReportColumn } from './writeReportTable.ts';

const date = (d: string) => (d ? toExcelDate({ t: 'date', v: d }, 0) : null);

const CONTACTS: ReportColumn[] = [
  { from: 1, to: 1, header: '姓名' }, { from: 2, to: 3, header: '角色' }, { from: 4, to: 5, header: '职位', wrap: true },
  { from: 6, to: 6, header: '电话' }, { from: 7, to: 8, header: '微信 / 邮箱 / 备注', wrap: true },
];
const COMPETITORS: ReportColumn[] = [{ from: 1, to: 1, header: '发现日期', numFmt: DATE, align: 'center' }, { from: 2, to: 4, header: '竞品' }, { from: 5, to: 8, header: '说明', wrap: true }];
const EVIDENCE: ReportColumn[] = [
  { from: 1, to: 1, header: '证据节点' }, { from: 2, to: 2, header: '权重', numFmt: WEIGHT, align: 'center' }, { from: 3, to: 4, header: '取得日期', numFmt: DATE, align: 'center' },
  { from: 5, to: 6, header: '说明', wrap: true }, { from: 7, to: 8, header: '附件', wrap: true },
];
const TIMELINE: ReportColumn[] = [
  { from: 1, to: 1, header: '时间', numFmt: DATE_TIME }, { from: 2, to: 2, header: '方式', align: 'center' }, { from: 3, to: 3, header: '对象' }, { from: 4, to: 4, header: '阶段' },
  { from: 5, to: 6, header: '内容', wrap: true }, { from: 7, to: 7, header: '金额', numFmt: MONEY }, { from: 8, to: 8, header: '下一步', wrap: true },
];
const NEXT: ReportColumn[] = [{ from: 1, to: 1, header: '计划日期', numFmt: DATE, align: 'center' }, { from: 2, to: 3, header: '负责人' }, { from: 4, to: 8, header: '计划内容', wrap: true }];

/** 下一步 of a timeline row as one cell: 12-03 发正式报价单. */
const nextText = (d: string, action: string): string => [d.slice(5), action].filter(Boolean).join(' ');

/**
 * One customer's 客户跟进报告 as a print-ready A4 portrait sheet: the title block (repeated on every page),
 * 客户概况 with the grade's contributions, 需求与痛点, 联系人, 竞品, 关键证据 with the maturity, 跟进记录 newest
 * first (批注 included) and 下一步计划. Dates, times, money and rates are real numbers with formats.
 */
export const addCustomerReportSheet = (book: Workbook, sheetName: string, r: CustomerReportInput, meta: CustomerReportBook): Worksheet => {
  const sheet = book.addWorksheet(sheetName);
  sheet.columns = REPORT_WIDTHS.map((width) => ({ width }));
  const offset = meta.utcOffsetMinutes;
  let row = addReportTitle(sheet, r, meta);
  row = addReportFacts(sheet, r, row, offset);
  const contactText = (c: CustomerReportInput['contacts'][number]) => [c.wechat && `微信 ${c.wechat}`, c.email && `邮箱 ${c.email}`, c.note].filter(Boolean).join('\n');
  row = writeReportTable(sheet, row, `联系人（${r.contacts.length} 位）`, CONTACTS, r.contacts.map((c) => [c.name, c.roles || '—', c.title, c.phone, contactText(c)]), '还没有登记联系人。');
  row = writeReportTable(sheet, row, '竞品', COMPETITORS, r.competitors.map((s) => [date(s.seenAt), s.name, s.note]), '没有发现竞品。');
  row = writeReportTable(sheet, row, `关键证据（成熟度 ${r.maturity.toFixed(1)}）`, EVIDENCE, r.evidence.map((e) => [e.label, e.weight, e.reachedAt ? date(e.reachedAt) : '未取得', e.note, e.files]), '');
  const timeline = r.timeline.map((t) => [toExcelDate({ t: 'instant', v: t.at }, offset), t.method, t.who, t.stage, t.text, t.amount, nextText(t.nextDate, t.nextAction)]);
  row = writeReportTable(sheet, row, `跟进记录（${r.timeline.filter((t) => t.kind === 'followUp').length} 条跟进）`, TIMELINE, timeline, '还没有跟进记录。');
  const plan = r.nextPlan ? [[date(r.nextPlan.date), r.nextPlan.owner, r.nextPlan.action]] : [];
  writeReportTable(sheet, row, '下一步计划', NEXT, plan, '最近一次跟进没有安排下一步。');
  applyCustomerReportPrint(sheet, { titleRows: `1:${TITLE_ROWS}`, frozenRows: TITLE_ROWS, author: meta.author });
  return sheet;
};

import type { Worksheet } from '../excel.ts';
import { toExcelDate } from '../toExcelDate.ts';
import type { CustomerReportInput } from './customerReportTypes.ts';
import { DATE, DATE_TIME, labelStyle, MONEY, PERCENT, REPORT_COLUMNS, WEIGHT } from './customerReportStyles.ts';
import { writeSectionTitle, writeSpans, type CellValue } from './writeReportTable.ts';

type Fact = { label: string; value: CellValue; numFmt?: string; wrap?: boolean };

const points = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** 得分构成: each indicator's points out of its weight (DOMAIN.md), so the grade explains itself on paper. */
const contributionText = (c: CustomerReportInput['customer']['contributions']): string =>
  `互动频率 ${points(c.frequency)}/30 · 需求明确度 ${points(c.needClarity)}/25 · 决策链 ${points(c.decisionChain)}/25 · 竞品 ${points(c.competitor)}/20`;

const factPairs = (r: CustomerReportInput, offset: number): [Fact, Fact][] => {
  const c = r.customer;
  const date = (d: string) => (d ? toExcelDate({ t: 'date', v: d }, 0) : '—');
  return [
    [{ label: '简称', value: c.shortName || '—' }, { label: '行业', value: c.industry || '—' }],
    [{ label: '负责人', value: c.owner || '—' }, { label: '来源渠道', value: c.source || '—' }],
    [{ label: '销售阶段', value: c.stage || '—' }, { label: '当前状态', value: c.status || '—' }],
    [{ label: '客户等级', value: c.grade }, { label: '健康分', value: c.healthScore, numFmt: '0"分"' }],
    [{ label: '意向等级', value: c.intent }, { label: '得分构成', value: contributionText(c.contributions), wrap: true }],
    [{ label: '成交概率', value: c.winProbability, numFmt: PERCENT }, { label: '预计金额', value: c.expectedAmount ?? '—', numFmt: MONEY }],
    [{ label: '成熟度', value: r.maturity, numFmt: WEIGHT }, { label: '预计成交日期', value: date(c.expectedCloseDate), numFmt: DATE }],
    [{ label: '最近跟进', value: c.lastFollowedAt > 0 ? toExcelDate({ t: 'instant', v: c.lastFollowedAt }, offset) : '—', numFmt: DATE_TIME }, { label: '地区 / 地址', value: [c.region, c.address].filter(Boolean).join(' ') || '—', wrap: true }],
  ];
};

const writeLabel = (sheet: Worksheet, row: number, col: number, text: string): void => {
  const cell = sheet.getCell(row, col);
  cell.value = text;
  cell.style = labelStyle;
};

/** 客户概况 (two facts a row: label | value | label | value) then 需求与痛点, each text across the sheet. */
export const addReportFacts = (sheet: Worksheet, r: CustomerReportInput, row: number, offset: number): number => {
  let at = writeSectionTitle(sheet, row, '客户概况');
  for (const [left, right] of factPairs(r, offset)) {
    writeLabel(sheet, at, 1, left.label);
    writeLabel(sheet, at, 5, right.label);
    at = writeSpans(sheet, at, [
      { from: 2, to: 4, header: '', value: left.value, ...(left.numFmt ? { numFmt: left.numFmt } : {}), align: 'left' },
      { from: 6, to: REPORT_COLUMNS, header: '', value: right.value, ...(right.numFmt ? { numFmt: right.numFmt } : {}), wrap: right.wrap ?? false, align: 'left' },
    ]);
  }
  const texts: Fact[] = [
    ...(r.customer.gradeNote ? [{ label: '等级说明', value: r.customer.gradeNote, wrap: true }] : []),
    { label: '需求明确度', value: r.customer.needClarity },
    { label: '需求', value: r.customer.needs || '—', wrap: true },
    { label: '痛点', value: r.customer.painPoints || '—', wrap: true },
  ];
  for (const t of texts) {
    writeLabel(sheet, at, 1, t.label);
    at = writeSpans(sheet, at, [{ from: 2, to: REPORT_COLUMNS, header: '', value: t.value, wrap: t.wrap ?? false }]);
  }
  return at + 1;
};

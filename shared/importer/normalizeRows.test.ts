import { describe, expect, it } from 'vitest';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { testLookups } from '../grid/testRows.ts';
import type { ImportCell, NormalizeContext } from './importTypes.ts';
import { mapColumns } from './mapColumns.ts';
import { normalizeRows } from './normalizeRows.ts';
import { sheetOf } from './sheetOf.fixture.ts';

const ctx: NormalizeContext = { lookups: testLookups(), today: '2024-06-30', utcOffsetMinutes: 480, memberId: 'rep03', rules: defaultTeamSettings('', '').validationRules };
/** Shanghai wall-clock time as an instant. */
const sh = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min) - 8 * 3_600_000;

const HEADERS = ['客户名称', '联系人', '跟进时间', '跟进方式', '跟进内容', '状态', '阶段', '金额', '下次跟进日期', '业务员', '备注'];

const normalize = (rows: (string | number | null)[][], headers = HEADERS, patch?: (cells: ImportCell[][]) => void) => {
  const sheet = sheetOf([headers, ...rows]);
  patch?.(sheet.rows);
  const { mapping } = mapColumns(headers, 'followUps');
  return normalizeRows(sheet, { headerRow: 0, headerRows: 1, headers }, mapping, 'followUps', ctx);
};

describe('normalizeRows (follow-ups)', () => {
  it('reads Excel dates, typed dates, amounts, synonyms and members into what the grid stores', () => {
    const [row] = normalize([['张江精密机械', '王工', null, '拜访', '介绍新品', '报价', '报价', '1.2万', '2024年7月5日', '赵敏', '老客户']], HEADERS, (cells) => {
      cells[1]![2] = { t: 'date', v: 45453 + 14.5 / 24 };
    });
    expect(row?.errors).toEqual([]);
    expect(row?.values).toEqual({
      customerId: 'c1', customerName: '张江精密机械', contactName: '王工', contactId: 'c1-k1', followedAt: sh(2024, 6, 10, 14, 30), method: 'visit',
      summary: '介绍新品', status: 'quoted', stage: 'quote', amount: 12000, nextDate: '2024-07-05', ownerId: 'rep01', remark: '老客户',
    });
    expect(row?.cells.method).toEqual({ raw: '拜访', value: 'visit', note: '「拜访」 → 面访' });
    expect(row?.cells.amount?.note).toBe('「1.2万」 → 12000');
    expect(row?.cells.customerId?.note).toBe('已有客户');
    // A cell read as it is (a real date, plain text) is not described again.
    expect(row?.cells.followedAt).toBeUndefined();
    expect(row?.cells.summary).toBeUndefined();
  });

  it('reads the text dates people type: 2024/6/10, 2024年6月10日, 6-10, 2024.6.10 下午3:00, and numbers as Excel serials', () => {
    const rows = normalize([['2024/6/10'], ['2024年6月10日'], ['6-10'], ['2024.6.10 下午3:00'], [45453], [20240610]].map(([d]) => ['张江精密机械', null, d ?? null, '电话', 'x', '待回访', '线索', null, null, '赵敏', null]));
    expect(rows.map((r) => r.values.followedAt)).toEqual([sh(2024, 6, 10), sh(2024, 6, 10), sh(2024, 6, 10), sh(2024, 6, 10, 15), sh(2024, 6, 10), sh(2024, 6, 10)]);
    expect(rows[4]?.cells.followedAt?.note).toBe('数字 45453 按 Excel 日期读取 → 2024-06-10 00:00');
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
  });

  it('gives a next date written without a year (6-20) the year of its follow-up, not of the import', () => {
    const rows = normalize([
      ['张江精密机械', null, '2022/6/13', '电话', 'x', '待回访', '线索', null, '6-20', '赵敏', null],
      ['张江精密机械', null, '2022/12/28', '电话', 'x', '待回访', '线索', null, '12-30', '赵敏', null],
    ]);
    expect(rows.map((r) => r.values.nextDate)).toEqual(['2022-06-20', '2022-12-30']);
  });

  it('rejects rows without a customer or a readable date, and 合计 rows', () => {
    const rows = normalize([
      [null, null, '2024/6/10', '电话', '没写客户', '待回访', '线索', null, null, '赵敏', null],
      ['张江精密机械', null, '下周', '电话', 'x', '待回访', '线索', null, null, '赵敏', null],
      ['张江精密机械', null, null, '电话', 'x', '待回访', '线索', null, null, '赵敏', null],
      ['合计', null, null, null, null, null, null, 35000, null, null, null],
    ]);
    expect(rows.map((r) => r.errors)).toEqual([
      ['缺少客户名称'],
      ['无法识别跟进时间「下周」，请写成 2024-06-10 14:30 或 2024/6/10'],
      ['缺少跟进时间'],
      ['这是合计行，不导入', '缺少跟进时间'],
    ]);
  });

  it('keeps what it cannot place: an unknown 业务员 or option goes to 备注, the owner falls back to the importer', () => {
    const [row] = normalize([['新客户公司', null, '2024/6/10', '打球', 'x', '待定', '线索', null, null, '老王', '原备注']]);
    expect(row?.errors).toEqual([]);
    expect(row?.values).toMatchObject({ customerId: '', customerName: '新客户公司', method: 'other', status: 'none', ownerId: 'rep03', remark: '原备注\n（原跟进方式：打球；原当前状态：待定；原责任人：老王）' });
    expect(row?.defaulted).toEqual(['method', 'status', 'ownerId']);
    expect(row?.warnings).toEqual(['「打球」不是跟进方式的选项，原文写入备注', '「待定」不是当前状态的选项，原文写入备注', '找不到成员「老王」（责任人），原文写入备注']);
    expect(row?.cells.customerId?.note).toBe('新客户，将随导入创建');
  });

  it('defaults what old sheets lack, from the customer where it can, and checks the team\u2019s rules', () => {
    const headers = ['客户', '日期', '内容', '状态'];
    const [row] = normalize([['阿里云计算', '2024-06-10', '报了价', '已报价']], headers);
    expect(row?.values).toMatchObject({ customerId: 'c2', method: 'other', status: 'quoted', stage: 'quote', ownerId: 'rep03' });
    expect(row?.cells.stage?.note).toBe('文件中没有此列，按「方案报价」导入');
    expect(row?.warnings).toEqual(['已报价需填写金额']);
  });

  it('leaves out blank rows and headers repeated down the sheet', () => {
    const rows = normalize([[null, null, null], HEADERS, ['张江精密机械', null, '2024/6/10', '电话', 'x', '待回访', '线索', null, null, '赵敏', null]]);
    expect(rows.map((r) => r.rowNumber)).toEqual([4]);
  });

  it('warns about dates far from today and refuses negative amounts', () => {
    const [row] = normalize([['张江精密机械', null, '1980/6/10', '电话', 'x', '待回访', '线索', -5, null, '赵敏', null]]);
    expect(row?.errors).toEqual(['金额不能为负数「-5」']);
    expect(row?.warnings).toContain('日期 1980-06-10 看起来不对，请核对');
  });
});

describe('normalizeRows (customers)', () => {
  it('keeps phone numbers stored as numbers as their digits and reads grades and options', () => {
    const headers = ['客户名称', '手机', '等级', '行业', '负责人', '意向'];
    const sheet = sheetOf([headers, ['苏州恒瑞', 13800138000, 'A类', '制造', '安然', '高'], [null, 13900139000, 'B', null, null, null]]);
    const { mapping } = mapColumns(headers, 'customers');
    const rows = normalizeRows(sheet, { headerRow: 0, headerRows: 1, headers }, mapping, 'customers', ctx);
    expect(rows[0]?.values).toEqual({ name: '苏州恒瑞', phone: '13800138000', grade: 'A', ownerId: 'rep02', intent: 'high', remark: '（原行业：制造）' });
    expect(rows[0]?.warnings).toEqual(['「制造」不是行业的选项，原文写入备注']);
    expect(rows[1]?.errors).toEqual(['缺少客户名称']);
  });
});

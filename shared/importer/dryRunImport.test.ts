import { describe, expect, it } from 'vitest';
import { testLookups } from '../grid/testRows.ts';
import { dryRunImport, type DryRunOptions, type DryRunReport } from './dryRunImport.ts';
import { defaultImportLimits } from './importLimits.ts';
import type { ExistingData } from './importTypes.ts';
import { messyFollowUpWorkbook } from './messyFollowUpSheet.fixture.ts';
import { xlsxBytes } from './xlsxBytes.fixture.ts';

const lookups = { ...testLookups(), members: new Map([['m1', { name: '张伟' }], ['m2', { name: '李娜' }]]) };
const options = (patch: Partial<DryRunOptions> = {}): DryRunOptions => ({
  fileName: '跟进表.xlsx', target: 'followUps', limits: defaultImportLimits, context: { lookups, today: '2024-06-30', utcOffsetMinutes: 480, memberId: 'm1' },
  existing: { customers: [], followUps: [] }, match: 'nameOrPhone', onExisting: 'update', ...patch,
});
const ok = (result: Awaited<ReturnType<typeof dryRunImport>>): DryRunReport => {
  if (!result.ok) throw new Error(result.message);
  return result;
};
/** Shanghai wall clock as an instant. */
const sh = (m: number, d: number, h = 0, min = 0) => Date.UTC(2024, m - 1, d, h - 8, min);

describe('dryRunImport on a messy Chinese 跟进表', () => {
  it('finds the sheet, the two-row header under the title and maps every column', async () => {
    const report = ok(await dryRunImport(await messyFollowUpWorkbook(), options()));
    expect(report.sheets).toEqual([{ name: '跟进记录', hidden: false, rows: 11 }, { name: '选项', hidden: true, rows: 1 }]);
    expect(report.sheet).toBe('跟进记录');
    expect(report.header).toMatchObject({ row: 3, rows: 2 });
    expect(report.mapping.map((m) => `${m.column}:${m.header}→${m.field}`)).toEqual([
      'A:客户名称→customerId', 'B:联系人→contactId', 'C:跟进日期→followedAt', 'D:跟进方式→method', 'E:跟进内容→summary', 'F:当前状态→status',
      'G:销售阶段→stage', 'H:金额（元）→amount', 'I:下一步计划/日期→nextDate', 'J:下一步计划/动作→nextAction', 'K:下一步计划/负责人→nextOwnerId', 'L:业务员→ownerId', 'M:备注→remark',
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('normalizes every date style, synonym and amount, and merges the customer spelled two ways', async () => {
    const report = ok(await dryRunImport(await messyFollowUpWorkbook(), options()));
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(report.counts).toEqual({ new: 4, changed: 0, unchanged: 0, skipped: 0, rejected: 3 });
    expect(report.newCustomers.map((c) => [c.name, c.stage])).toEqual([['恒瑞精密（苏州）有限公司', 'quote'], ['博世汽车部件', 'needs'], ['华星电子', 'negotiation']]);
    expect(report.newContacts.map((c) => c.name)).toEqual(['王工', '李经理']);
    expect(byRow.get(5)?.values).toMatchObject({ followedAt: sh(6, 10, 14, 30), method: 'visit', nextDate: '2024-06-17', nextOwnerId: 'm1', ownerId: 'm1' });
    // Excel's built-in 中文 date format (numFmt 31) read as a date, and the same customer as row 5.
    expect(byRow.get(6)?.values).toMatchObject({ customerId: byRow.get(5)?.values.customerId, followedAt: sh(6, 12), status: 'quoted', amount: 12000 });
    expect(byRow.get(7)?.values).toMatchObject({ followedAt: sh(6, 13), summary: '发送产品资料', nextDate: '2024-06-20', ownerId: 'm2' });
    expect(byRow.get(8)?.values).toMatchObject({ followedAt: sh(6, 14, 15), nextDate: '2024-06-21', ownerId: 'm1', remark: 'VIP客户\n（原责任人：老王）' });
    expect(byRow.get(8)?.warnings).toEqual(['找不到成员「老王」（责任人），原文写入备注']);
    expect([9, 10, 11].map((n) => byRow.get(n)?.reasons[0])).toEqual(['无法识别跟进时间「下周」，请写成 2024-06-10 14:30 或 2024/6/10', '这是合计行，不导入', '缺少客户名称']);
  });

  it('sees a second import of the same file as unchanged', async () => {
    const first = ok(await dryRunImport(await messyFollowUpWorkbook(), options()));
    const existing: ExistingData = {
      customers: first.newCustomers.map((c) => ({ id: c.id, name: c.name, nameKey: c.nameKey ?? '', phoneKeys: [], contacts: first.newContacts.filter((k) => k.customerId === c.id).map((k) => ({ ...k, title: '', phone: '', wechat: '', email: '', roles: [], note: '' })) })),
      followUps: first.rows.filter((r) => r.verdict === 'new').map((r) => ({ ...(r.values as ExistingData['followUps'][number]), id: r.id })),
    };
    const customers = new Map(existing.customers.map((c) => [c.id, { name: c.name, stage: 'lead', contacts: (c.contacts ?? []).map((k) => ({ id: k.id, name: k.name })) }]));
    const again = ok(await dryRunImport(await messyFollowUpWorkbook(), options({ existing, context: { ...options().context, lookups: { ...lookups, customers } } })));
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 4, skipped: 0, rejected: 3 });
    expect(again.newCustomers).toEqual([]);
  });
});

describe('dryRunImport on other hand-made workbooks', () => {
  it('reads a 1904 (Mac Excel) workbook\u2019s dates as the same days', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('跟进');
      ws.addRow(['客户', '跟进时间', '下次跟进日期', '内容']);
      ws.addRow(['张江精密机械', new Date(Date.UTC(2024, 5, 10, 9, 0)), new Date(Date.UTC(2024, 6, 1)), 'Mac 上记的']);
    });
    const report = ok(await dryRunImport(bytes, options()));
    expect(report.rows[0]?.values).toMatchObject({ customerId: 'c1', followedAt: sh(6, 10, 9), nextDate: '2024-07-01' });
    expect(report.warnings.join()).toContain('1904');
  });

  it('imports a customer list with phone numbers typed as numbers, keeping every digit', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('客户名单');
      ws.addRow(['客户名称', '联系人', '手机', '所属行业', '客户来源', '等级', '负责人']);
      ws.addRow(['苏州恒瑞精密机械有限公司', '王工', 13800138000, '信息技术', '展会', 'A', '李娜']);
    });
    const report = ok(await dryRunImport(bytes, options({ target: 'customers' })));
    expect(report.mapping.map((m) => m.field)).toEqual(['name', 'contactName', 'phone', 'industry', 'source', 'grade', 'ownerId']);
    expect(report.rows[0]).toMatchObject({ verdict: 'new', values: { name: '苏州恒瑞精密机械有限公司', industry: 'it', source: 'expo', grade: 'A', ownerId: 'm2', phoneKeys: ['13800138000'], contacts: [{ name: '王工', phone: '13800138000' }] } });
  });

  it('says which sheets exist when asked for a missing one, and fails clearly on a header without data', async () => {
    const bytes = await xlsxBytes((wb) => wb.addWorksheet('Sheet1').addRow(['客户', '跟进时间']));
    expect(await dryRunImport(bytes, options({ sheet: '跟进' }))).toMatchObject({ ok: false, code: 'sheetNotFound', message: expect.stringContaining('「Sheet1」') });
    expect(await dryRunImport(bytes, options())).toMatchObject({ ok: false, code: 'empty', message: expect.stringContaining('下面没有数据') });
  });
});

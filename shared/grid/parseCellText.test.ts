import { describe, expect, it } from 'vitest';
import { builtInColumns } from './followUpColumns.ts';
import type { GridColumn, GridLookups } from './gridTypes.ts';
import { parseCellText } from './parseCellText.ts';
import { testLookups, testRow } from './testRows.ts';

const today = '2026-11-20';
const column = (id: string): GridColumn => {
  const found = builtInColumns.find((c) => c.id === id);
  if (!found) throw new Error(`no column ${id}`);
  return found;
};
const lookups: GridLookups = {
  ...testLookups(),
  customers: new Map([
    ['c1', { name: '张江精密机械', stage: 'contact', contacts: [{ id: 'c1-k1', name: '王工' }, { id: 'c1-k2', name: '李经理' }] }],
    ['c2', { name: '恒瑞精密（苏州）有限公司', stage: 'quote', contacts: [] }],
    ['c3', { name: 'Bosch 博世', stage: 'won', contacts: [] }],
    ['c4', { name: '华星电子', stage: 'lead', contacts: [] }],
    ['c5', { name: '华星电子', stage: 'lead', contacts: [] }],
  ]),
};
const parse = (text: string, columnOrId: GridColumn | string, row = testRow('r1')) =>
  parseCellText(text, typeof columnOrId === 'string' ? column(columnOrId) : columnOrId, lookups, row, today);

const customSelect: GridColumn = { id: 'custom.f1', kind: 'option', label: '客户等级', customOptions: ['A类', 'B类', 'VIP/重点'], width: 110 };
const customMulti: GridColumn = { id: 'custom.f2', kind: 'multiOption', label: '意向产品', customOptions: ['数控机床', '激光切割', '自动化产线/集成'], width: 110 };
const customNumber: GridColumn = { id: 'custom.f3', kind: 'number', label: '预计台数', width: 110 };

describe('parseCellText', () => {
  it('clears the cell for blank text in any column', () => {
    for (const id of ['summary', 'followedAt', 'method', 'amount', 'ownerId', 'customerId', 'contactId']) {
      expect(parse('  \r\n ', id), id).toEqual({ ok: true, value: undefined });
    }
  });

  it('keeps text, with \\r\\n made \\n and ends trimmed', () => {
    expect(parse(' 第一行\r\n第二行\r第三行 ', 'summary')).toEqual({ ok: true, value: '第一行\n第二行\n第三行' });
  });

  it('caps text at the schema limits', () => {
    expect(parse('字'.repeat(25_000), 'summary')).toEqual({ ok: true, value: '字'.repeat(20_000) });
    expect(parse('字'.repeat(25_000), 'remark')).toEqual({ ok: true, value: '字'.repeat(20_000) });
    expect(parse('字'.repeat(3_000), 'nextAction')).toEqual({ ok: true, value: '字'.repeat(2_000) });
    // An emoji straddling the limit is dropped whole rather than cut in half.
    const cut = parse(`${'a'.repeat(1_999)}😀`, 'nextAction');
    expect(cut).toEqual({ ok: true, value: 'a'.repeat(1_999) });
  });

  it('reads 跟进时间 in the team time zone', () => {
    expect(parse('2026/11/20 下午2:30', 'followedAt')).toEqual({ ok: true, value: Date.UTC(2026, 10, 20, 6, 30) });
    expect(parse('11月20日', 'followedAt')).toEqual({ ok: true, value: Date.UTC(2026, 10, 19, 16, 0) });
    expect(parse('45453.5', 'followedAt')).toEqual({ ok: true, value: Date.UTC(2024, 5, 10, 4, 0) });
    expect(parse('25', 'followedAt')).toEqual({ ok: false, message: '时间「25」早于 1970 年，请检查年份' });
    expect(parse('明天', 'followedAt')).toEqual({ ok: false, message: '无法识别时间「明天」，请写成 2024-06-10 14:30 或 2024/6/10 下午2:30' });
  });

  it('reads dates and says how to write one', () => {
    expect(parse('2026年12月1日', 'nextDate')).toEqual({ ok: true, value: '2026-12-01' });
    expect(parse('12/1', 'nextDate')).toEqual({ ok: true, value: '2026-12-01' });
    expect(parse('2024/2/30', 'nextDate')).toEqual({ ok: false, message: '无法识别日期「2024/2/30」，请写成 2024-06-10 或 2024/6/10' });
  });

  it('reads amounts and refuses negative or absurd ones', () => {
    expect(parse('¥1.5万', 'amount')).toEqual({ ok: true, value: 15000 });
    expect(parse('12,000元', 'amount')).toEqual({ ok: true, value: 12000 });
    expect(parse('0', 'amount')).toEqual({ ok: true, value: 0 });
    expect(parse('-5', 'amount')).toEqual({ ok: false, message: '金额不能为负数「-5」，请填写 0 或更大的数' });
    expect(parse('abc', 'amount')).toEqual({ ok: false, message: '无法识别数字「abc」，请写成 12000、12,000 或 1.2万' });
    expect(parse('200000亿', 'amount')).toEqual({ ok: false, message: '数字「200000亿」太大，请检查是否多写了几位' });
    expect(parse('3', customNumber)).toEqual({ ok: true, value: 3 });
  });

  it('matches team options by label and synonym, and lists the choices when it cannot', () => {
    expect(parse('微信', 'method')).toEqual({ ok: true, value: 'wechat' });
    expect(parse('打电话', 'method')).toEqual({ ok: true, value: 'phone' });
    expect(parse('赢单', 'stage')).toEqual({ ok: true, value: 'won' });
    expect(parse('待跟进', 'status')).toEqual({ ok: true, value: 'callback' });
    expect(parse('打球', 'method')).toEqual({ ok: false, message: '「打球」不是跟进方式的选项，可选：电话、微信、面访、邮件、视频会议、其他' });
  });

  it("stores a custom select's matching label", () => {
    expect(parse('ａ类', customSelect)).toEqual({ ok: true, value: 'A类' });
    expect(parse('vip/重点', customSelect)).toEqual({ ok: true, value: 'VIP/重点' });
    expect(parse('C类', customSelect)).toEqual({ ok: false, message: '「C类」不是客户等级的选项，可选：A类、B类、VIP/重点' });
  });

  it('splits multi-select text on Chinese and ASCII separators', () => {
    expect(parse('数控机床、激光切割', customMulti)).toEqual({ ok: true, value: ['数控机床', '激光切割'] });
    expect(parse('激光切割，数控机床;激光切割', customMulti)).toEqual({ ok: true, value: ['激光切割', '数控机床'] });
    expect(parse('数控机床/激光切割', customMulti)).toEqual({ ok: true, value: ['数控机床', '激光切割'] });
    expect(parse('数控机床\n激光切割', customMulti)).toEqual({ ok: true, value: ['数控机床', '激光切割'] });
    expect(parse('自动化产线/集成', customMulti)).toEqual({ ok: true, value: ['自动化产线/集成'] });
    expect(parse('数控机床；注塑机', customMulti)).toEqual({ ok: false, message: '「注塑机」不是意向产品的选项，可选：数控机床、激光切割、自动化产线/集成' });
  });

  it('matches members and says where to add a missing one', () => {
    expect(parse('赵敏', 'ownerId')).toEqual({ ok: true, value: 'rep01' });
    expect(parse(' 安 ', 'nextOwnerId')).toEqual({ ok: true, value: 'rep02' });
    expect(parse('李雷', 'ownerId')).toEqual({ ok: false, message: '找不到成员「李雷」，请先在团队设置中添加' });
  });

  it('matches customers by name, folding width, spaces, brackets and legal forms', () => {
    expect(parse('张江精密机械', 'customerId')).toEqual({ ok: true, value: 'c1' });
    expect(parse('bosch博世', 'customerId')).toEqual({ ok: true, value: 'c3' });
    expect(parse('恒瑞精密(苏州)有限公司', 'customerId')).toEqual({ ok: true, value: 'c2' });
    expect(parse('恒瑞精密（苏州）', 'customerId')).toEqual({ ok: true, value: 'c2' });
  });

  it('does not guess customers from part of a name or among namesakes', () => {
    expect(parse('张江', 'customerId')).toEqual({ ok: false, message: '找不到客户「张江」，请先新建客户或从列表中选择' });
    expect(parse('华星电子', 'customerId')).toEqual({ ok: false, message: '有 2 个客户都叫「华星电子」，请从列表中选择' });
  });

  it("matches a contact among the row's customer's contacts", () => {
    expect(parse('王工', 'contactId')).toEqual({ ok: true, value: 'c1-k1' });
    expect(parse('李', 'contactId')).toEqual({ ok: true, value: 'c1-k2' });
    expect(parse('赵总', 'contactId')).toEqual({ ok: false, message: '「赵总」不是客户「张江精密机械」的联系人，请先在客户资料中添加或从列表中选择' });
    expect(parse('王工', 'contactId', testRow('r2', { customerId: 'c3' })).ok).toBe(false);
    expect(parse('王工', 'contactId', testRow('r3', { customerId: '' }))).toEqual({ ok: false, message: '请先填写客户，再选择联系人' });
    expect(parseCellText('王工', column('contactId'), lookups, null, today)).toEqual({ ok: false, message: '请先填写客户，再选择联系人' });
  });

  it('shortens long pasted text quoted in a message', () => {
    const result = parse('这是一大段本该贴到跟进内容里的文字，却被贴进了跟进方式这一列里面了', 'method');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^「这是一大段本该贴到跟进内容里的文字，却被贴进了跟进方式这一列…」不是跟进方式的选项/);
  });
});

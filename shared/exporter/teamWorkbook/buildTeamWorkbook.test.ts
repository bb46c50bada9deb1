import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../demo/generateDemoData.ts';
import { excel, type Worksheet } from '../excel.ts';
import { buildTeamWorkbook } from './buildTeamWorkbook.ts';

const NOW = Date.UTC(2026, 11, 3, 6, 0);
const demo = generateDemoData({ seed: 11, now: NOW, followUps: 120, reps: 3, months: 1 });
const docs = {
  teamsettings: [demo.teamSettings],
  members: demo.members,
  customers: demo.customers,
  followups: demo.followUps,
  dailyreports: demo.dailyReports,
  comments: demo.comments,
  attachments: [{ id: 'a1', ownerType: 'customer', ownerId: demo.customers[0]?.id, fileName: '合同.pdf', mime: 'application/pdf', size: 1024, sha256: 'ab'.repeat(32), createdBy: demo.members[0]?.id, createdAt: NOW, _deleted: false }],
};

const header = (sheet: Worksheet | undefined): string[] => ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
const column = (sheet: Worksheet | undefined, title: string): unknown[] => {
  const at = header(sheet).indexOf(title) + 1;
  if (at === 0 || !sheet) throw new Error(`no column ${title}`);
  return sheet.getColumn(at).values.slice(2);
};

describe('buildTeamWorkbook', async () => {
  const book = await excel.readXlsx(await buildTeamWorkbook({ docs, exportedAt: NOW }));

  it('has a 说明 sheet and one sheet per collection with Chinese names', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['说明', '客户', '跟进记录', '日报', '批注', '成员', '团队设置', '附件', '保存的视图', '导入记录', '通知']);
    const contents = book.getWorksheet('说明');
    expect(contents?.getCell('B2').value).toBe('2026-12-03 14:00'); // the team's time (UTC+8)
    const counted = new Map(Array.from({ length: 10 }, (_, i) => contents?.getRow(6 + i).values as unknown[]).map((v) => [v[1], v[2]]));
    expect(counted.get('跟进记录')).toBe(120);
    expect(counted.get('客户')).toBe(demo.customers.length);
  });

  it('writes Chinese headers, then who made and changed each record, and its id', () => {
    const followUps = book.getWorksheet('跟进记录');
    expect(header(followUps).slice(0, 6)).toEqual(['客户', '联系人', '跟进时间', '跟进方式', '跟进内容摘要', '当前状态']);
    expect(header(followUps).slice(-7)).toEqual(['创建人', '创建时间', '最后修改人', '最后修改时间', '在回收站', '移入回收站时间', '记录ID']);
    expect(header(followUps)).not.toContain('clock');
    expect(header(book.getWorksheet('成员')).slice(0, 3)).toEqual(['姓名', '角色', '主管']);
    expect(followUps?.rowCount).toBe(121);
  });

  it('turns ids into names and labels, and times into dates', () => {
    const sheet = book.getWorksheet('跟进记录');
    const first = demo.followUps[0];
    const customerNames = new Set(demo.customers.map((c) => c.name));
    const memberNames = new Set(demo.members.map((m) => m.name));
    const stageLabels = new Set(demo.teamSettings.options.stages.map((s) => s.label));
    expect(column(sheet, '客户').every((v) => customerNames.has(String(v)))).toBe(true);
    expect(column(sheet, '责任人').every((v) => memberNames.has(String(v)))).toBe(true);
    expect(column(sheet, '销售阶段').every((v) => stageLabels.has(String(v)))).toBe(true);
    const when = column(sheet, '跟进时间')[0];
    expect(when).toBeInstanceOf(Date);
    // Excel has no time zone: the cell holds the team's wall-clock time in its UTC fields.
    expect((when as Date).getTime()).toBe((first?.followedAt ?? 0) + demo.teamSettings.utcOffsetMinutes * 60_000);
    expect(column(sheet, '记录ID')[0]).toBe(first?.id);
    expect(column(book.getWorksheet('成员'), '角色')).toContain('销售');
    expect(column(book.getWorksheet('日报'), '状态').every((v) => v === '已提交' || v === '草稿')).toBe(true);
    expect(column(book.getWorksheet('附件'), '所属')).toEqual(['客户']);
    expect(column(book.getWorksheet('附件'), '创建人')).toEqual([demo.members[0]?.name]);
  });

  it('keeps a field it has no column for, and leaves out purged records', async () => {
    const extra = await excel.readXlsx(await buildTeamWorkbook({
      docs: { ...docs, members: [...demo.members, { id: 'gone', name: '已清除', _deleted: true }], savedviews: [{ id: 'v1', name: '我的视图', target: 'followUps', ownerId: demo.members[0]?.id, color: '红', _deleted: false }] },
      exportedAt: NOW,
    }));
    expect(column(extra.getWorksheet('成员'), '姓名')).not.toContain('已清除');
    expect(header(extra.getWorksheet('保存的视图'))).toContain('color');
    expect(column(extra.getWorksheet('保存的视图'), 'color')).toEqual(['红']);
  });
});

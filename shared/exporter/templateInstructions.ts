import type { GridColumn } from '../grid/gridTypes.ts';
import type { DropdownPlan } from './dropdownLists.ts';
import type { TemplateKind } from './exportTypes.ts';

/** The 填写说明 sheet's content: a title, general notes, and one row per column. */
export type TemplateInstructions = { title: string; notes: string[]; columns: [string, string, string, string][] };

const formats: Record<GridColumn['kind'], string> = {
  text: '文本',
  longText: '文本，可多行（单元格内按 Alt+Enter 换行）',
  instant: '日期和时间，如 2026-11-23 14:30；只写日期时按 00:00 计',
  date: '日期，如 2026-11-23、2026/11/23 或 2026年11月23日',
  option: '从下拉列表中选择',
  multiOption: '可填多个，用顿号“、”分隔',
  member: '团队成员的姓名，从下拉列表中选择',
  customer: '客户名称；客户档案中没有的客户导入时会新建',
  contact: '联系人姓名（该客户下的联系人）',
  number: '数字，如 12800 或 12800.50',
};

const sheetNames: Record<TemplateKind, string> = { followUps: '跟进记录', customers: '客户' };

const choicesOf = (column: GridColumn, plan: DropdownPlan): string => {
  const key = plan.byColumn.get(column.id);
  const list = key === undefined ? undefined : plan.lists.find((l) => l.key === key);
  if (list) return list.values.join('、');
  return column.customOptions?.join('、') ?? '';
};

/** What the template's instruction sheet says, in Chinese, for the team's own columns and lists. */
export const templateInstructions = (kind: TemplateKind, columns: readonly GridColumn[], plan: DropdownPlan): TemplateInstructions => {
  const sheet = sheetNames[kind];
  return {
    title: kind === 'followUps' ? '跟进记录导入模板 · 填写说明' : '客户导入模板 · 填写说明',
    notes: [
      `在“${sheet}”工作表中从第 2 行起填写，一行一条记录；请不要修改第 1 行的表头。`,
      '红色表头的列必须填写，其余列可以留空。',
      '带下拉箭头的列请从列表中选择，列表来自团队设置；需要新选项时请管理员先在“团队设置”中添加。',
      '日期可写成 2026-11-23、2026/11/23、2026年11月23日，或用 Excel 的日期格式；时间按团队所在时区。',
      '电话、身份证号等长数字的列已设为文本格式，请直接填写，不要改成数字格式，以免丢失开头的 0 或末尾的位数。',
      '金额只填数字（单位：元），不要带“元”或“¥”。',
      kind === 'followUps' ? '客户按名称对应客户档案；联系人按该客户下的姓名对应；责任人按成员姓名对应。' : '每行填写一个客户和它的一位主要联系人。',
      '填好后在销售台“导入导出”页面选择本文件导入：导入前可预览每一行的结果，导入后可整批撤销。',
    ],
    columns: columns.map((c) => [c.label, c.required ? '必填' : '选填', formats[c.kind], choicesOf(c, plan)]),
  };
};

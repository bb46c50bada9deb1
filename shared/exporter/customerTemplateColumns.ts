import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import type { ColumnKind, GridColumn } from '../grid/gridTypes.ts';

/** 客户 sheet columns: the customer's own fields, then one contact per row (more contacts: one row each). */
const builtIn: readonly GridColumn[] = [
  { id: 'name', kind: 'text', label: '客户名称', width: 200, required: true },
  { id: 'shortName', kind: 'text', label: '简称', width: 100 },
  { id: 'industry', kind: 'option', optionList: 'industries', label: '行业', width: 100 },
  { id: 'source', kind: 'option', optionList: 'sources', label: '来源渠道', width: 110 },
  { id: 'ownerId', kind: 'member', label: '负责人', width: 88 },
  { id: 'intent', kind: 'option', customOptions: ['高', '中', '低'], label: '意向等级', width: 80 },
  { id: 'expectedAmount', kind: 'number', label: '预计金额', width: 110 },
  { id: 'region', kind: 'text', label: '地区', width: 90 },
  { id: 'address', kind: 'text', label: '地址', width: 220 },
  { id: 'contactName', kind: 'text', label: '联系人', width: 90 },
  { id: 'contactTitle', kind: 'text', label: '职位', width: 90 },
  { id: 'contactPhone', kind: 'text', label: '电话', width: 120 },
  { id: 'contactWechat', kind: 'text', label: '微信', width: 110 },
  { id: 'contactEmail', kind: 'text', label: '邮箱', width: 160 },
  { id: 'remark', kind: 'longText', label: '备注', width: 200 },
];

const customKinds: Record<CustomFieldDef['type'], ColumnKind> = {
  text: 'text', number: 'number', date: 'date', select: 'option', multiselect: 'multiOption', member: 'member',
};

/** The 客户 import template's columns: built-in ones, then the team's live customer custom fields. */
export const customerTemplateColumns = (customFields: readonly CustomFieldDef[]): GridColumn[] => [
  ...builtIn,
  ...customFields
    .filter((f) => f.target === 'customer' && !f.archived)
    .sort((a, b) => a.order - b.order)
    .map((f): GridColumn => ({
      id: `${CUSTOM_PREFIX}${f.id}`,
      kind: customKinds[f.type],
      label: f.label,
      width: f.type === 'text' ? 160 : 110,
      ...(f.type === 'select' || f.type === 'multiselect' ? { customOptions: f.options } : {}),
    })),
];

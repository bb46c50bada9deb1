import type { CustomValue } from '../db/schemas/fieldTypes.ts';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { customerNameKey } from '../domain/customerNameKey.ts';
import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import type { ColumnKind, GridColumn } from '../grid/gridTypes.ts';
import type { CustomerRow } from './customerRow.ts';

/**
 * The 客户 list's columns (issue #8): what a person types (名称, 简称, 行业, 来源, 负责人, 预计金额) and
 * what the follow-ups and the grading decide (等级, 健康分, 最近跟进, 下次跟进, 阶段), read-only here.
 */
export const customerBuiltInColumns: readonly GridColumn[] = [
  { id: 'name', kind: 'text', label: '名称', labelKey: 'customers.columns.name', width: 240, required: true, maxLength: 200 },
  { id: 'shortName', kind: 'text', label: '简称', labelKey: 'customers.columns.shortName', width: 96, maxLength: 60 },
  { id: 'industry', kind: 'option', optionList: 'industries', label: '行业', labelKey: 'customers.columns.industry', width: 96 },
  { id: 'source', kind: 'option', optionList: 'sources', label: '来源', labelKey: 'customers.columns.source', width: 110 },
  { id: 'effectiveGrade', kind: 'option', customOptions: ['A', 'B', 'C'], label: '等级', labelKey: 'customers.columns.effectiveGrade', width: 96, readOnly: true },
  { id: 'healthScore', kind: 'number', label: '健康分', labelKey: 'customers.columns.healthScore', width: 80, readOnly: true },
  { id: 'ownerId', kind: 'member', label: '负责人', labelKey: 'customers.columns.ownerId', width: 88, required: true },
  { id: 'lastFollowed', kind: 'instant', label: '最近跟进', labelKey: 'customers.columns.lastFollowed', width: 136, readOnly: true },
  { id: 'nextDate', kind: 'date', label: '下次跟进', labelKey: 'customers.columns.nextDate', width: 100, readOnly: true },
  { id: 'stage', kind: 'option', optionList: 'stages', label: '阶段', labelKey: 'customers.columns.stage', width: 92, readOnly: true },
  { id: 'expectedAmount', kind: 'number', label: '预计金额', labelKey: 'customers.columns.expectedAmount', width: 110 },
];

const customKinds: Record<CustomFieldDef['type'], ColumnKind> = {
  text: 'text', number: 'number', date: 'date', select: 'option', multiselect: 'multiOption', member: 'member',
};

/** The built-in columns, then the team's live custom customer fields in their order. */
export const customerColumns = (customFields: readonly CustomFieldDef[]): GridColumn[] => [
  ...customerBuiltInColumns,
  ...customFields
    .filter((f) => f.target === 'customer' && !f.archived)
    .sort((a, b) => a.order - b.order)
    .map((f): GridColumn => ({ id: `${CUSTOM_PREFIX}${f.id}`, kind: customKinds[f.type], label: f.label, width: f.type === 'text' ? 160 : 110, ...(f.type === 'select' || f.type === 'multiselect' ? { customOptions: f.options } : {}) })),
];

/** Stored as text that is '' when empty (never absent): clearing such a cell writes ''. */
const TEXT_FIELDS = new Set(['name', 'shortName', 'industry', 'source', 'ownerId']);

/**
 * The patch that sets one cell of a customer (undefined clears it); a new name carries its
 * duplicate-detection key along.
 */
export const customerCellPatch = (row: CustomerRow, columnId: string, value: unknown): Partial<CustomerRow> => {
  if (columnId.startsWith(CUSTOM_PREFIX)) {
    const custom = { ...row.custom };
    const key = columnId.slice(CUSTOM_PREFIX.length);
    if (value === undefined || value === '' || value === null) delete custom[key];
    else custom[key] = value as CustomValue;
    return { custom };
  }
  if (columnId === 'name') return { name: String(value ?? '').trim(), nameKey: customerNameKey(String(value ?? '')) };
  return { [columnId]: value === undefined && TEXT_FIELDS.has(columnId) ? '' : value } as Partial<CustomerRow>;
};

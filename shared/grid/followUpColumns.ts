import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import type { CustomValue } from '../db/schemas/fieldTypes.ts';
import { descKey } from '../db/schemas/followUpSchema.ts';
import type { ColumnKind, GridColumn, GridRecord, GridRow } from './gridTypes.ts';

/** The 销售跟进表's built-in columns, in DOMAIN.md order. */
export const builtInColumns: readonly GridColumn[] = [
  { id: 'customerId', kind: 'customer', label: '客户', labelKey: 'grid.columns.customerId', width: 180, required: true },
  { id: 'contactId', kind: 'contact', label: '联系人', labelKey: 'grid.columns.contactId', width: 96 },
  { id: 'followedAt', kind: 'instant', label: '跟进时间', labelKey: 'grid.columns.followedAt', width: 136, required: true },
  { id: 'method', kind: 'option', optionList: 'methods', label: '跟进方式', labelKey: 'grid.columns.method', width: 88, required: true },
  { id: 'summary', kind: 'longText', label: '跟进内容摘要', labelKey: 'grid.columns.summary', width: 280 },
  { id: 'status', kind: 'option', optionList: 'statuses', label: '当前状态', labelKey: 'grid.columns.status', width: 92, required: true },
  { id: 'stage', kind: 'option', optionList: 'stages', label: '销售阶段', labelKey: 'grid.columns.stage', width: 96, required: true },
  { id: 'amount', kind: 'number', label: '金额', labelKey: 'grid.columns.amount', width: 100 },
  { id: 'nextDate', kind: 'date', label: '下一步日期', labelKey: 'grid.columns.nextDate', width: 108 },
  { id: 'nextAction', kind: 'text', label: '下一步动作', labelKey: 'grid.columns.nextAction', width: 180 },
  { id: 'nextOwnerId', kind: 'member', label: '下一步负责人', labelKey: 'grid.columns.nextOwnerId', width: 100 },
  { id: 'ownerId', kind: 'member', label: '责任人', labelKey: 'grid.columns.ownerId', width: 88, required: true },
  { id: 'remark', kind: 'longText', label: '备注', labelKey: 'grid.columns.remark', width: 180 },
];

const customKinds: Record<CustomFieldDef['type'], ColumnKind> = {
  text: 'text', number: 'number', date: 'date', select: 'option', multiselect: 'multiOption', member: 'member',
};

export const CUSTOM_PREFIX = 'custom.';

/** Built-in columns followed by the team's live custom follow-up fields, in their order. */
export const gridColumns = (customFields: readonly CustomFieldDef[]): GridColumn[] => [
  ...builtInColumns,
  ...customFields
    .filter((f) => f.target === 'followUp' && !f.archived)
    .sort((a, b) => a.order - b.order)
    .map((f): GridColumn => ({ id: `${CUSTOM_PREFIX}${f.id}`, kind: customKinds[f.type], label: f.label, width: f.type === 'text' ? 160 : 110, ...(f.type === 'select' || f.type === 'multiselect' ? { customOptions: f.options } : {}) })),
];

/** The stored value of a cell (undefined when empty). */
export const cellValue = (row: GridRecord, columnId: string): unknown =>
  columnId.startsWith(CUSTOM_PREFIX) ? row.custom[columnId.slice(CUSTOM_PREFIX.length)] : (row as Record<string, unknown>)[columnId];

/** The patch that sets one cell (undefined clears it); keeps the inverted sort key of 跟进时间 in step. */
export const cellPatch = (row: GridRow, columnId: string, value: unknown): Partial<GridRow> => {
  if (columnId.startsWith(CUSTOM_PREFIX)) {
    const custom = { ...row.custom };
    const key = columnId.slice(CUSTOM_PREFIX.length);
    if (value === undefined || value === '' || value === null) delete custom[key];
    else custom[key] = value as CustomValue;
    return { custom };
  }
  if (columnId === 'followedAt') return { followedAt: value as number, followedDesc: descKey(value as number) };
  return { [columnId]: value } as Partial<GridRow>;
};

/** True when a cell holds nothing a person would call a value. */
export const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

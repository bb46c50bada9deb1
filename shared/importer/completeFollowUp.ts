import { matchMember } from '../grid/matchMember.ts';
import { findCustomer } from './findCustomer.ts';
import type { NormalizeContext, NormalizedRow } from './importTypes.ts';

/** The id to use for a missing option: the preferred default when the team still has it, else its first live option. */
const pick = (list: readonly { id: string; archived: boolean }[], preferred: string): string =>
  list.find((o) => o.id === preferred && !o.archived)?.id ?? list.find((o) => !o.archived)?.id ?? preferred;

const labels: Readonly<Record<string, string>> = { method: '跟进方式', status: '当前状态', stage: '销售阶段', ownerId: '责任人' };

/**
 * Fills a field the file left empty (or had no column for) and says so: a note on the cell always, a
 * warning when the column exists but this row's cell was blank. Defaulted fields never overwrite
 * an existing record on re-import.
 */
const fill = (row: NormalizedRow, field: string, value: string, shown: string, warned: ReadonlySet<string>): void => {
  row.values[field] = value;
  row.defaulted.push(field);
  const mapped = row.cells[field];
  row.cells[field] = { raw: mapped?.raw ?? '', value, note: mapped ? `按「${shown}」导入` : `文件中没有此列，按「${shown}」导入` };
  if (mapped && !warned.has(field) && mapped.raw.trim() === '') row.warnings.push(`${labels[field] ?? field}为空，按「${shown}」导入`);
};

/** 客户 as read: the customer the name means (or '' = a new one, created by planImport), or why it cannot be placed. */
const resolveCustomer = (row: NormalizedRow, ctx: NormalizeContext): void => {
  const name = typeof row.values.customerId === 'string' ? row.values.customerId : '';
  row.values.customerName = name;
  row.values.customerId = '';
  if (name === '') {
    row.errors.push('缺少客户名称');
    return;
  }
  const ids = findCustomer(name, ctx.lookups.customers);
  // A rejected row shows its errors only, not what its customer would have been.
  const cell = row.errors.length === 0 ? (row.cells.customerId ??= { raw: name, value: name }) : undefined;
  if (ids.length > 1) row.errors.push(`有 ${ids.length} 个客户都叫「${name}」，无法确定是哪一个；请先在客户中合并重复的客户`);
  else if (ids[0] !== undefined) {
    row.values.customerId = ids[0];
    const known = ctx.lookups.customers.get(ids[0])?.name ?? name;
    if (cell) cell.note = known === name ? '已有客户' : `已有客户「${known}」`;
  } else if (cell) cell.note = '新客户，将随导入创建';
};

/** 联系人 as read: one of the customer's contacts by name, else '' (planImport adds the contact). */
const resolveContact = (row: NormalizedRow, ctx: NormalizeContext): void => {
  const name = typeof row.values.contactId === 'string' ? row.values.contactId : '';
  delete row.values.contactId;
  if (name === '') return;
  row.values.contactName = name;
  const customer = ctx.lookups.customers.get(String(row.values.customerId));
  const id = customer ? matchMember(name, new Map(customer.contacts.map((c) => [c.id, c]))) : null;
  row.values.contactId = id ?? '';
  // The preview shows the name as typed; a rejected row without the note on what it would have become.
  row.cells.contactId = row.errors.length === 0 ? { raw: name, value: name, note: id ? '已有联系人' : '新联系人，将加入客户资料' } : { raw: name, value: name };
};

/**
 * A follow-up row made whole: its customer and contact resolved by name, a missing 跟进时间 an
 * error, and the fields the grid requires but old sheets often lack defaulted — 跟进方式 其他, 当前状态
 * 待回访 when a next step is planned (else 无需跟进), 销售阶段 the customer's current one (else 线索),
 * 责任人 the person importing.
 */
export const completeFollowUp = (row: NormalizedRow, ctx: NormalizeContext, warned: ReadonlySet<string>): void => {
  resolveCustomer(row, ctx);
  resolveContact(row, ctx);
  if (row.values.followedAt === undefined && !row.errors.some((e) => e.includes('跟进时间'))) row.errors.push('缺少跟进时间');
  // A rejected row is shown with its errors only; defaults would be noise.
  if (row.errors.length > 0) return;
  const { options, members, customers } = ctx.lookups;
  const label = (list: readonly { id: string; label: string }[], id: string) => list.find((o) => o.id === id)?.label ?? id;
  if (row.values.method === undefined) {
    const id = pick(options.methods, 'other');
    fill(row, 'method', id, label(options.methods, id), warned);
  }
  if (row.values.status === undefined) {
    const id = pick(options.statuses, row.values.nextDate || row.values.nextAction ? 'callback' : 'none');
    fill(row, 'status', id, label(options.statuses, id), warned);
  }
  if (row.values.stage === undefined) {
    const id = pick(options.stages, customers.get(String(row.values.customerId))?.stage ?? 'lead');
    fill(row, 'stage', id, label(options.stages, id), warned);
  }
  if (row.values.ownerId === undefined) fill(row, 'ownerId', ctx.memberId, members.get(ctx.memberId)?.name ?? '导入人', warned);
};

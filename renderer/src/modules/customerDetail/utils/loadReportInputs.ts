import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { CustomerReportInput } from '../../../../../shared/exporter/customerReport/customerReportTypes.ts';
import { toCustomerReportInput, type ReportLookups } from '../../../../../shared/exporter/customerReport/toCustomerReportInput.ts';
import { queryPlain } from '../../../db/queryPlain.ts';

const groupBy = <T,>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/**
 * The reports of the chosen customers, in the order chosen, read once from the local replica (plain
 * rows, three queries for the whole set, not three per customer). Ids not found are left out.
 */
export const loadReportInputs = async (db: SalesDeskDatabase, ids: readonly string[], lookups: ReportLookups): Promise<CustomerReportInput[]> => {
  const list = [...new Set(ids)];
  const [customers, followUps, comments] = await Promise.all([
    queryPlain(db.customers, { selector: { id: { $in: list } } }),
    queryPlain(db.followups, { selector: { customerId: { $in: list } } }),
    queryPlain(db.comments, { selector: { targetId: { $in: list } } }),
  ]);
  const attachments = await queryPlain(db.attachments, { selector: { ownerId: { $in: [...list, ...followUps.map((f) => f.id)] } } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  const rows = groupBy(followUps, (f) => f.customerId);
  const notes = groupBy(comments.filter((c) => c.targetType === 'customer'), (c) => c.targetId);
  return list.flatMap((id) => {
    const customer = byId.get(id);
    return customer ? [toCustomerReportInput(customer, rows.get(id) ?? [], notes.get(id) ?? [], attachments, lookups)] : [];
  });
};

import type { ExistingData, ImportPlan, ImportTarget, NormalizedRow, PlanOptions, Verdict } from './importTypes.ts';
import { planCustomers } from './planCustomers.ts';
import { planFollowUps } from './planFollowUps.ts';

/**
 * What committing the rows would do, row by row — new, changed (with each field's from → to),
 * unchanged, skipped or rejected (with the reasons) — without writing anything.
 *
 * Follow-ups: a row with our 记录ID updates that record; otherwise the same customer, 跟进时间 and
 * summary mean a re-import of the same row (unchanged, or changed in its other fields). Customers
 * are found by normalized name (customerNameKey); one unknown name becomes one new customer however
 * many rows name it, owned by its first row's 责任人. Contacts the rows name that their customer
 * lacks are listed in newContacts.
 * Customers: matched by normalized name and/or phone (options.match); a second row for the same
 * customer in the file is skipped.
 * options.onExisting: 'update' patches only the fields the file has (blank cells and defaults never
 * overwrite), 'skip' leaves matches alone, 'create' adds every row as a new record.
 */
export const planImport = (rows: readonly NormalizedRow[], target: ImportTarget, existing: ExistingData, options: PlanOptions): ImportPlan => {
  const planned = target === 'followUps' ? planFollowUps(rows, existing, options) : { rows: planCustomers(rows, existing, options), newCustomers: [], newContacts: [] };
  const counts: Record<Verdict, number> = { new: 0, changed: 0, unchanged: 0, skipped: 0, rejected: 0 };
  for (const row of planned.rows) counts[row.verdict]++;
  return { target, rows: planned.rows, newCustomers: planned.newCustomers, newContacts: planned.newContacts, counts };
};

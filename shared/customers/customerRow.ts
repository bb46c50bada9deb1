import type { CustomerDoc, Grade } from '../db/schemas/customerSchema.ts';
import { effectiveGrade } from './regradeCustomer.ts';

/**
 * A customer as the 客户 list holds it: the stored document plus what its columns show that is not a
 * stored field — the grade people see (an override, else the computed one) and the last follow-up
 * time, absent (not 1970) for a customer never followed up.
 */
export type CustomerRow = CustomerDoc & { effectiveGrade: Grade; lastFollowed?: number };

export const customerRowOf = (doc: CustomerDoc): CustomerRow => {
  const row: CustomerRow = { ...doc, effectiveGrade: effectiveGrade(doc) };
  if (doc.lastFollowedAt > 0) row.lastFollowed = doc.lastFollowedAt;
  return row;
};

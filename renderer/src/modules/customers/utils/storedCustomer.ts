import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';

/** A list row as the document stored (without the fields the list derives for its columns). */
export const storedCustomer = (row: CustomerRow): CustomerDoc => {
  const { effectiveGrade: _grade, lastFollowed: _last, ...doc } = row;
  return doc;
};

import { useCallback } from 'react';
import { customerAfterFollowUp, type FollowUpFields } from '../../../../../shared/customers/followUpInput.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { insertStamped, patchManyStamped } from '../../../../../shared/db/stampedWrites.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/**
 * Writes a follow-up from the customer's page (it appears in the grid and the timeline at once), then
 * moves the customer's stage, status and dates when it is the latest one — both stamped writes.
 */
export const useAddFollowUp = (customer: Pick<CustomerDoc, 'id'>): ((fields: FollowUpFields) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  return useCallback(
    async (fields) => {
      await insertStamped(db.followups, fields, writer);
      const current = (await db.customers.findOne(customer.id).exec())?.toJSON();
      const patch = current ? customerAfterFollowUp(current, fields) : {};
      if (Object.keys(patch).length > 0) await patchManyStamped(db.customers, [{ id: customer.id, patch }], writer);
    },
    [db, writer, customer.id],
  );
};

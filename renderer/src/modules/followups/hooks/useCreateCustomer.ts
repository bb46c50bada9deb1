import { useCallback } from 'react';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useWriter } from '../../../db/useWriter.ts';

/** Creates a customer from a name typed into the grid's 客户 cell (owned by whoever typed it); returns its id. */
export const useCreateCustomer = (): ((name: string) => Promise<string>) => {
  const db = useDatabase();
  const writer = useWriter();
  return useCallback(
    async (name: string) => {
      const id = newRecordId('c', writer.now());
      await insertStamped(db.customers, newCustomerFields(id, name, writer.memberId), writer);
      return id;
    },
    [db, writer],
  );
};

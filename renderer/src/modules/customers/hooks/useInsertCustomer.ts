import { useCallback } from 'react';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/** Writes a new customer (stamped, so it syncs and merges like any record). */
export const useInsertCustomer = (): ((customer: Omit<CustomerDoc, keyof SyncMeta>) => Promise<string>) => {
  const db = useDatabase();
  const writer = useWriter();
  return useCallback(async (customer) => {
    await insertStamped(db.customers, customer, writer);
    return customer.id;
  }, [db, writer]);
};

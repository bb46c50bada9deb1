import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { patchManyStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

export type CustomerPatch = Partial<Omit<CustomerDoc, keyof SyncMeta>>;

/**
 * Writes a change to the customer as one stamped patch: only the touched fields' clocks move, a
 * teammate's concurrent edit of another field survives, and a cleared optional field is removed.
 */
export const useSaveCustomer = (customerId: string): ((patch: CustomerPatch) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    async (patch) => {
      const missing = await patchManyStamped(db.customers, [{ id: customerId, patch }], writer);
      if (missing.length > 0) throw new Error(t('customerDetail.gone'));
    },
    [db, writer, customerId, t],
  );
};

import { useCallback } from 'react';
import type { CustomFieldDef } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';

/**
 * Asks the local replica whether any record (binned ones too) holds a value of a custom field; its
 * type must not change then. Called when an admin saves a type change, not while rendering.
 */
export const useFieldHasData = () => {
  const db = useDatabase();
  return useCallback(
    async (field: Pick<CustomFieldDef, 'id' | 'target'>): Promise<boolean> => {
      const selector = { [`custom.${field.id}`]: { $exists: true } };
      const found = field.target === 'followUp' ? await db.followups.findOne({ selector }).exec() : await db.customers.findOne({ selector }).exec();
      return found !== null;
    },
    [db],
  );
};

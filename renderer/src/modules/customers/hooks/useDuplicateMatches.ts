import { useMemo } from 'react';
import { findDuplicateCustomers, type DuplicateMatch } from '../../../../../shared/customers/findDuplicateCustomers.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';

/** How many possible duplicates a warning names: the strongest first. */
const SHOWN = 5;

/** Existing customers the one being typed may be (findDuplicateCustomers over the working set), strongest first. */
export const useDuplicateMatches = (name: string, phones: readonly string[] = []): DuplicateMatch[] => {
  const set = useCustomerRows();
  const phoneKey = phones.join('\n');
  return useMemo(
    () => (name.trim() === '' && phoneKey === '' ? [] : findDuplicateCustomers({ name, phones: phoneKey ? phoneKey.split('\n') : [] }, [...set.rows.values()]).slice(0, SHOWN)),
    [name, phoneKey, set],
  );
};

import { useCallback, useState } from 'react';
import { findDuplicateCustomers, type DuplicateMatch } from '../../../../../shared/customers/findDuplicateCustomers.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import { newCustomerFields } from '../../../../../shared/domain/newCustomerFields.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';

/** A name typed into 客户 that may be a customer already there: the grid asks before creating it. */
export type CreatePrompt = { name: string; matches: DuplicateMatch[]; use: (id: string) => void; create: () => void; cancel: () => void };

/** Shown at most: the strongest matches first. */
const SHOWN = 5;

/**
 * Creates a customer from a name typed into the grid's 客户 cell (owned by whoever typed it) and
 * returns its id — unless it may duplicate an existing one (findDuplicateCustomers), when `prompt`
 * asks first: the id returned is then the existing customer chosen, the new one, or '' (cancelled).
 */
export const useCreateCustomer = (): { create: (name: string) => Promise<string>; prompt: CreatePrompt | null } => {
  const db = useDatabase();
  const writer = useWriter();
  const customers = useCustomerRows();
  const [prompt, setPrompt] = useState<CreatePrompt | null>(null);
  const insert = useCallback(async (name: string) => {
    const id = newRecordId('c', writer.now());
    await insertStamped(db.customers, newCustomerFields(id, name, writer.memberId), writer);
    return id;
  }, [db, writer]);
  const create = useCallback(
    (name: string) => {
      const matches = findDuplicateCustomers({ name }, [...customers.rows.values()]).slice(0, SHOWN);
      if (matches.length === 0) return insert(name);
      return new Promise<string>((resolve) => {
        const done = (id: string) => (setPrompt(null), resolve(id));
        setPrompt({ name, matches, use: done, create: () => void insert(name).then(done, () => done('')), cancel: () => done('') });
      });
    },
    [customers, insert],
  );
  return { create, prompt };
};

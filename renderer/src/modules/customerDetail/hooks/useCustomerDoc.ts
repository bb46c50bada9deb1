import { map } from 'rxjs';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** One customer, live (a teammate's edit shows at once); null when it does not exist, undefined while loading. */
export const useCustomerDoc = (id: string): CustomerDoc | null | undefined => {
  const db = useDatabase();
  return useObservable(() => db.customers.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null))), [db, id]);
};

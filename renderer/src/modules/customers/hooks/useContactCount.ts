import { map } from 'rxjs';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Contacts across all customers not in the recycle bin. */
export const useContactCount = (): number | undefined => {
  const db = useDatabase();
  return useObservable(
    () => db.customers.find({ selector: { trashed: false } }).$.pipe(map((docs) => docs.reduce((n, d) => n + d.contacts.length, 0))),
    [db],
  );
};

import { map } from 'rxjs';
import type { ImportBatchDoc } from '../../../../../shared/db/schemas/importBatchSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Every import of this team, newest first (a few per week; the whole list is small). */
export const useImportBatches = (): ImportBatchDoc[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () => db.importbatches.find({ selector: { trashed: false } }).$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()).sort((a, b) => b.createdAt - a.createdAt))),
    [db],
  );
};

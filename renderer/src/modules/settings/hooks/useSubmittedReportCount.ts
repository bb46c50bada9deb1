import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/**
 * How many reports are submitted (each read later with the template version it was written against), live.
 * Drafts are not counted: they follow the current template until submitted.
 */
export const useSubmittedReportCount = (): number | undefined => {
  const db = useDatabase();
  return useObservable(() => db.dailyreports.count({ selector: { status: 'submitted', trashed: false } }).$, [db]);
};

import { useSyncExternalStore } from 'react';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { followUpWorkingSet, type WorkingSet } from '../utils/followUpWorkingSet.ts';

export type { WorkingSet } from '../utils/followUpWorkingSet.ts';

/** Every follow-up in memory (the grid's working set, shared by 今日 and the reminders), live. */
export const useFollowUpRows = (): WorkingSet => {
  const store = followUpWorkingSet(useDatabase());
  return useSyncExternalStore(store.subscribe, store.get);
};

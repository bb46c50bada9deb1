import { map, switchMap } from 'rxjs';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';
import { api } from '../platform/api.ts';
import { useDatabase } from './DatabaseContext.ts';
import { resolveLocalProfile } from './resolveLocalProfile.ts';
import { useObservable } from './useObservable.ts';

export const PROFILE_DOC = 'profile';

/** Who this desktop is: undefined while loading, null before onboarding. */
export const useLocalProfile = (): LocalProfile | null | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      db.getLocal$<LocalProfile>(PROFILE_DOC).pipe(
        map((doc) => (doc ? doc.toJSON().data : null)),
        switchMap((stored) => resolveLocalProfile(stored, api)),
      ),
    [db],
  );
};

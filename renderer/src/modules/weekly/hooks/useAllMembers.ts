import { map } from 'rxjs';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Every member, inactive ones too: a rep who left mid-week still has a line (and a name) in that week's 周报. */
export const useAllMembers = (): MemberDoc[] | undefined => {
  const db = useDatabase();
  return useObservable(() => db.members.find().$.pipe(map((docs) => docs.map((d) => d.toMutableJSON()))), [db]);
};

import { map } from 'rxjs';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/** Every member by id, former ones too: an old comment still says who wrote it. */
export const useMemberDirectory = (): Map<string, MemberDoc> | undefined => {
  const db = useDatabase();
  return useObservable(() => db.members.find().$.pipe(map((docs) => new Map(docs.map((d) => [d.id, d.toMutableJSON()])))), [db]);
};

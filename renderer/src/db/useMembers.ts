import { map } from 'rxjs';
import type { MemberDoc } from '../../../shared/db/schemas/memberSchema.ts';
import { useDatabase } from './DatabaseContext.ts';
import { useObservable } from './useObservable.ts';

const roleOrder = { admin: 0, manager: 1, rep: 2 } as const;

/** Active members, admins and managers first. */
export const useMembers = (): MemberDoc[] | undefined => {
  const db = useDatabase();
  return useObservable(
    () =>
      db.members.find({ selector: { trashed: false, active: true } }).$.pipe(
        map((docs) =>
          docs
            .map((d) => d.toMutableJSON())
            .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name, 'zh-CN')),
        ),
      ),
    [db],
  );
};

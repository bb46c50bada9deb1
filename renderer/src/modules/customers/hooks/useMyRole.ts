import type { Role } from '../../../../../shared/domain/roles.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';

/** This desktop's member's role, undefined until the members have loaded. */
export const useMyRole = (): Role | undefined => {
  const { memberId } = useProfile();
  return useMembers()?.find((m) => m.id === memberId)?.role;
};

import { useCallback } from 'react';
import { patchStamped } from '../../../../../shared/db/stampedWrites.ts';
import { requestRemoveMember } from '../../../../../shared/sync/requestRemoveMember.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

/**
 * 移除成员: the hub revokes the member's tokens (their sockets close at once, their replica is wiped at its
 * next connection), then the member document is marked inactive so every desktop shows them as removed.
 * Returns null on success, or the hub's Chinese reason.
 */
export const useRemoveMember = () => {
  const db = useDatabase();
  const writer = useWriter();
  const hub = useProfile().hub;
  return useCallback(
    async (memberId: string): Promise<string | null> => {
      if (hub) {
        const result = await requestRemoveMember(hub.url, hub.token, memberId);
        if (!result.ok) return result.message;
      }
      const doc = await db.members.findOne(memberId).exec();
      if (doc) await patchStamped(doc, { active: false }, writer);
      return null;
    },
    [db, writer, hub],
  );
};

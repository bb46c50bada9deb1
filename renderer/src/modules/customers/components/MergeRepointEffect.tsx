import { useEffect } from 'react';
import { watchMergedRows } from '../../../../../shared/customers/watchMergedRows.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useWriter } from '../../../db/useWriter.ts';

/**
 * Keeps rows off merged duplicates (shared/customers/watchMergedRows.ts): a follow-up or comment that
 * names a customer merged into another — written offline before this desktop heard of the merge — is
 * moved to the kept customer, when this member may write it. Renders nothing.
 */
export const MergeRepointEffect = ({ memberId }: { memberId: string }): null => {
  const db = useDatabase();
  const writer = useWriter();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  useEffect(() => {
    if (!role) return;
    return watchMergedRows(db, writer, role, { onError: (e) => console.warn('merged rows', e) });
  }, [db, writer, role]);
  return null;
};

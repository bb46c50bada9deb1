import { useMemo } from 'react';
import type { Writer } from '../../../shared/db/stampedWrites.ts';
import { createHlcClock } from '../../../shared/sync/createHlcClock.ts';
import { useProfile } from './ProfileContext.ts';

/** Stamps for local edits: this member, this desktop's clock. */
export const useWriter = (): Writer => {
  const { memberId, nodeId } = useProfile();
  return useMemo(() => ({ memberId, clock: createHlcClock(nodeId, Date.now), now: Date.now }), [memberId, nodeId]);
};

import { useEffect, useState } from 'react';
import { onRemovedFromTeam, readRemovedFromTeam, type RemovedFromTeam } from './removedFromTeam.ts';

/** Set once the hub has said this member was removed (and the replica wiped); null otherwise. */
export const useRemovedFromTeam = (): RemovedFromTeam | null => {
  const [removed, setRemoved] = useState(readRemovedFromTeam);
  useEffect(() => onRemovedFromTeam(() => setRemoved(readRemovedFromTeam())), []);
  return removed;
};

import { createContext, useContext } from 'react';
import { BehaviorSubject } from 'rxjs';
import type { TeamPresence } from '../../../shared/sync/createTeamPresence.ts';

/**
 * The team sync's presence, or null when not connected to a hub. A subject rather than a value, so the
 * provider can hand it over from its effect without a re-render of the whole app.
 */
export const TeamPresenceContext = createContext<BehaviorSubject<TeamPresence | null>>(new BehaviorSubject<TeamPresence | null>(null));

export const useTeamPresence = (): BehaviorSubject<TeamPresence | null> => useContext(TeamPresenceContext);

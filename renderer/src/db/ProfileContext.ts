import { createContext, useContext } from 'react';
import type { LocalProfile } from '../../../shared/team/buildTeamDocs.ts';

export const ProfileContext = createContext<LocalProfile | null>(null);

/** This desktop's identity; only inside the app frame, after onboarding. */
export const useProfile = (): LocalProfile => {
  const profile = useContext(ProfileContext);
  if (!profile) throw new Error('useProfile must be used inside <ProfileContext.Provider>');
  return profile;
};

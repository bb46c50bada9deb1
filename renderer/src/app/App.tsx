import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import { DatabaseContext } from '../db/DatabaseContext.ts';
import { ProfileContext } from '../db/ProfileContext.ts';
import { useLocalProfile } from '../db/useLocalProfile.ts';
import { OnboardingPage } from '../modules/onboarding/components/OnboardingPage.tsx';
import { TeamSyncProvider } from '../sync/TeamSyncProvider.tsx';
import { RemovedFromTeamScreen } from '../sync/RemovedFromTeamScreen.tsx';
import { useRemovedFromTeam } from '../sync/useRemovedFromTeam.ts';
import { HubTokenMigrationEffect } from '../sync/HubTokenMigrationEffect.tsx';
import { AppFrame } from './components/AppFrame.tsx';

const Shell = () => {
  const profile = useLocalProfile();
  if (profile === undefined) return null;
  if (!profile) return <OnboardingPage />;
  return (
    <ProfileContext.Provider value={profile}>
      <HubTokenMigrationEffect />
      <TeamSyncProvider profile={profile}>
        <AppFrame memberId={profile.memberId} />
      </TeamSyncProvider>
    </ProfileContext.Provider>
  );
};

export const App = ({ db }: { db: SalesDeskDatabase }) => {
  // A removed member's replica is being (or has been) erased: nothing below may read it.
  const removed = useRemovedFromTeam();
  if (removed) return <RemovedFromTeamScreen removed={removed} />;
  return (
    <DatabaseContext.Provider value={db}>
      <Shell />
    </DatabaseContext.Provider>
  );
};

import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';
import { DatabaseContext } from '../db/DatabaseContext.ts';
import { useLocalProfile } from '../db/useLocalProfile.ts';
import { OnboardingPage } from '../modules/onboarding/components/OnboardingPage.tsx';
import { AppFrame } from './components/AppFrame.tsx';

const Shell = () => {
  const profile = useLocalProfile();
  if (profile === undefined) return null;
  return profile ? <AppFrame memberId={profile.memberId} /> : <OnboardingPage />;
};

export const App = ({ db }: { db: SalesDeskDatabase }) => (
  <DatabaseContext.Provider value={db}>
    <Shell />
  </DatabaseContext.Provider>
);

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch.tsx';
import { CreateTeamForm } from './CreateTeamForm.tsx';
import { JoinTeamForm } from './JoinTeamForm.tsx';
import { WelcomeChoice } from './WelcomeChoice.tsx';

export type OnboardingStep = 'welcome' | 'create' | 'join';

/** First start: create a one-person team on this desktop, or join a colleague's. */
export const OnboardingPage = () => {
  const { t } = useTranslation();
  const [step, setStep] = useState<OnboardingStep>('welcome');
  return (
    <main className="onboarding">
      <div className="onboarding-top">
        <LanguageSwitch />
      </div>
      <div className="onboarding-panel">
        <h1>{t('onboarding.welcomeTitle')}</h1>
        <p className="onboarding-lead">{t('onboarding.welcomeBody')}</p>
        {step === 'welcome' && <WelcomeChoice choose={setStep} />}
        {step === 'create' && <CreateTeamForm back={() => setStep('welcome')} />}
        {step === 'join' && <JoinTeamForm back={() => setStep('welcome')} />}
      </div>
    </main>
  );
};

import { useTranslation } from 'react-i18next';
import type { OnboardingStep } from './OnboardingPage.tsx';

export const WelcomeChoice = ({ choose }: { choose: (step: OnboardingStep) => void }) => {
  const { t } = useTranslation();
  return (
    <div className="choice-grid">
      <button type="button" className="choice primary" onClick={() => choose('create')}>
        <strong>{t('onboarding.createTeam')}</strong>
        <span>{t('onboarding.createTeamDesc')}</span>
      </button>
      <button type="button" className="choice" onClick={() => choose('join')}>
        <strong>{t('onboarding.joinTeam')}</strong>
        <span>{t('onboarding.joinTeamDesc')}</span>
      </button>
    </div>
  );
};

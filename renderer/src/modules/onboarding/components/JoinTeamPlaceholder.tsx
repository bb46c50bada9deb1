import { useTranslation } from 'react-i18next';

export const JoinTeamPlaceholder = ({ back }: { back: () => void }) => {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h2>{t('onboarding.joinTitle')}</h2>
      <p>{t('onboarding.joinBody')}</p>
      <p>{t('onboarding.joinNow')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={back}>
          {t('onboarding.back')}
        </button>
      </div>
    </div>
  );
};

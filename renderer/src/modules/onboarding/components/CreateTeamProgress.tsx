import { useTranslation } from 'react-i18next';
import type { CreateTeamState } from '../hooks/useCreateTeam.ts';

export const CreateTeamProgress = ({ state }: { state: CreateTeamState }) => {
  const { t } = useTranslation();
  if (state.phase === 'idle') return null;
  if (state.phase === 'error') {
    return (
      <div className="form-error" role="alert">
        {t('onboarding.errors.failed', { reason: state.reason })}
      </div>
    );
  }
  const done = state.phase === 'loading' ? state.done : 0;
  const total = state.phase === 'loading' ? state.total : 1;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
      <div className="progress-track">
        <div className="progress-fill" style={{ width: `${Math.round((done / total) * 100)}%` }} />
      </div>
      <span>{state.phase === 'loading' ? t('onboarding.loadingDemo', { done, total }) : t('onboarding.creating')}</span>
    </div>
  );
};

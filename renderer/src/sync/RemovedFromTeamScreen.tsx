import { useTranslation } from 'react-i18next';
import { clearRemovedFromTeam, type RemovedFromTeam } from './removedFromTeam.ts';

/** What a removed member sees instead of the app: the team's data on this desktop is gone, and what to do next. */
export const RemovedFromTeamScreen = ({ removed }: { removed: RemovedFromTeam }) => {
  const { t } = useTranslation();
  const restart = () => {
    clearRemovedFromTeam();
    // A fresh start opens an empty database: onboarding (创建团队 / 加入团队).
    window.location.reload();
  };
  return (
    <main className="removed-screen">
      <section className="card" role="alert" data-testid="removed-from-team">
        <h1>{t('visibility.removedTitle')}</h1>
        <p className="removed-body">{t('visibility.removedBody')}</p>
        <p>{removed.team ? t('visibility.removedDetail', { team: removed.team }) : t('visibility.removedDetailNoTeam')}</p>
        <button type="button" className="button primary" onClick={restart}>
          {t('visibility.restart')}
        </button>
      </section>
    </main>
  );
};

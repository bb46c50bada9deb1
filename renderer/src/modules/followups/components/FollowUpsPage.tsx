import { useTranslation } from 'react-i18next';
import { useLiveCount } from '../../../db/useLiveCount.ts';
import { useGridLookups } from '../hooks/useGridLookups.ts';
import { FollowUpWorkspace } from './FollowUpWorkspace.tsx';

export const FollowUpsPage = () => {
  const { t } = useTranslation();
  const followUps = useLiveCount('followups') ?? 0;
  const customers = useLiveCount('customers') ?? 0;
  const lookups = useGridLookups();
  return (
    <section className="page page-grid">
      <header className="page-header">
        <h1>{t('pages.followups.title')}</h1>
        <p className="page-summary" data-testid="page-summary">
          {t('pages.followups.summary', { followUps, customers })}
        </p>
      </header>
      {lookups ? <FollowUpWorkspace lookups={lookups} /> : null}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../../app/components/PlaceholderPage.tsx';
import { useLiveCount } from '../../../db/useLiveCount.ts';

export const FollowUpsPage = () => {
  const { t } = useTranslation();
  const followUps = useLiveCount('followups') ?? 0;
  const customers = useLiveCount('customers') ?? 0;
  return (
    <PlaceholderPage
      title={t('pages.followups.title')}
      summary={t('pages.followups.summary', { followUps, customers })}
      coming={t('pages.followups.coming')}
    />
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startOfCalendarDate, toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { PlaceholderPage } from '../../../app/components/PlaceholderPage.tsx';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useFollowUpsSince } from '../hooks/useFollowUpsSince.ts';

export const DashboardPage = () => {
  const { t } = useTranslation();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  // The month is the team's calendar month, fixed when the page opens.
  const [now] = useState(() => Date.now());
  const monthStart = startOfCalendarDate(`${toCalendarDate(now, offset).slice(0, 7)}-01`, offset);
  const followUps = useFollowUpsSince(monthStart) ?? 0;
  return <PlaceholderPage title={t('pages.dashboard.title')} summary={t('pages.dashboard.summary', { followUps })} coming={t('pages.dashboard.coming')} />;
};

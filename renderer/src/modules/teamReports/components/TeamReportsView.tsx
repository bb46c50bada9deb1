import { useTranslation } from 'react-i18next';
import { useNow } from '../../../app/hooks/useNow.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { TeamDayBoard } from './TeamDayBoard.tsx';

/** 团队日报 (#/reports/team/<date>): the team's reports for a day, for managers and admins. */
export const TeamReportsView = ({ date }: { date: string }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const members = useMembers();
  const settings = useTeamSettings();
  const now = useNow();
  const me = members?.find((m) => m.id === memberId);
  if (!members || !settings || !me) return <p className="muted">{t('teamReports.loading')}</p>;
  if (me.role === 'rep') {
    return (
      <div className="page">
        <h1>{t('teamReports.title')}</h1>
        <p className="muted">{t('teamReports.managersOnly')}</p>
      </div>
    );
  }
  return <TeamDayBoard date={date} me={me} reps={members.filter((m) => m.role === 'rep')} settings={settings} now={now} />;
};

import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';

/** 团队日报 for a day, as a button-like link; shown to managers and admins only (reps cannot open the view). */
export const TeamReportsLink = ({ date }: { date: string }) => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  if (role !== 'manager' && role !== 'admin') return null;
  return (
    <a className="button team-link" href={appLinkHash({ kind: 'teamReports', date })} title={t('teamReports.openTeamHint', { date })}>
      {t('teamReports.openTeam')}
    </a>
  );
};

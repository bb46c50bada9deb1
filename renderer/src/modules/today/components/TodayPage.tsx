import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useMyDay } from '../hooks/useMyDay.ts';
import { dayTitle } from '../utils/dayTitle.ts';
import { todaySections } from '../utils/todaySections.ts';
import { MemberSwitcher } from './MemberSwitcher.tsx';
import { ReportCard } from './ReportCard.tsx';
import { TodaySection } from './TodaySection.tsx';

/**
 * 今日 (My day): the signed-in member's plans due today, overdue ones, leads never re-contacted and
 * customers with 7天无进展, each line one click from its grid row, and today's report. Managers and
 * admins can look at any member's day.
 */
export const TodayPage = () => {
  const { t } = useTranslation();
  const { memberId } = useProfile();
  const members = useMembers();
  const me = members?.find((m) => m.id === memberId);
  const [shownId, setShownId] = useState(memberId);
  const { day, today, lookups } = useMyDay(shownId);
  const canSwitch = me?.role === 'manager' || me?.role === 'admin';
  return (
    <section className="page today-page">
      <header className="page-header">
        <div>
          <h1>{t('today.title')}</h1>
          {today ? <p className="today-date">{dayTitle(t, today)}</p> : null}
        </div>
        {canSwitch && members ? <MemberSwitcher members={members} meId={memberId} value={shownId} onChange={setShownId} /> : null}
      </header>
      {today ? <ReportCard memberId={shownId} date={today} /> : null}
      <div className="today-grid">
        {todaySections.map((kind) => (
          <TodaySection key={kind} kind={kind} items={day ? day[kind] : null} lookups={lookups} />
        ))}
      </div>
    </section>
  );
};

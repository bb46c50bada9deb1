import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import type { TeamDayRow } from '../../../../../shared/reports/teamDayRows.ts';
import type { KeyNumbers } from '../utils/keyNumbers.ts';
import type { ShownSection } from '../utils/sectionsShown.ts';
import { NudgeButton } from './NudgeButton.tsx';
import { ReportKeyNumbers } from './ReportKeyNumbers.tsx';
import { RepStatusBadge } from './RepStatusBadge.tsx';

type Props = {
  row: TeamDayRow;
  date: string;
  numbers: KeyNumbers | null;
  sections: ShownSection[];
  deadline: string;
  restDay: boolean;
  utcOffsetMinutes: number;
  busy: boolean;
  onNudge: () => void;
};

/** One rep's day on the team view; the card opens the full report (with its 批注) in one click. */
export const RepReportCard = ({ row, date, numbers, sections, deadline, restDay, utcOffsetMinutes, busy, onNudge }: Props) => {
  const { t } = useTranslation();
  const href = appLinkHash({ kind: 'report', memberId: row.member.id, date });
  const open = (e: MouseEvent) => {
    if (!(e.target as HTMLElement).closest('a, button, input')) window.location.hash = href;
  };
  const submitted = row.status.kind === 'onTime' || row.status.kind === 'late';
  return (
    // The whole card is a shortcut for the name link, which keyboard users reach.
    <article className={`team-card ${submitted ? 'submitted' : 'open'}`} data-testid="rep-report" data-member={row.member.id} onClick={open}>
      <header className="team-card-head">
        <span className="team-avatar" aria-hidden="true">
          {row.member.name.slice(0, 1)}
        </span>
        <a className="team-card-name" href={href} aria-label={t('teamReports.open', { name: row.member.name })}>
          {row.member.name}
        </a>
        <RepStatusBadge status={row.status} submittedAt={row.report?.submittedAt ?? 0} deadline={deadline} restDay={restDay} utcOffsetMinutes={utcOffsetMinutes} />
        {row.unopened && (
          <span className="team-unopened" title={t('teamReports.unreadReportHint')}>
            {t('teamReports.unreadReport')}
          </span>
        )}
        <span className="team-card-spacer" />
        <NudgeButton state={row.nudge} name={row.member.name} utcOffsetMinutes={utcOffsetMinutes} busy={busy} onNudge={onNudge} />
      </header>
      <ReportKeyNumbers numbers={numbers} />
      {sections.length > 0 ? (
        <dl className="team-sections">
          {sections.map((s) => (
            <div key={s.id}>
              <dt>{s.label}</dt>
              <dd>{s.text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        submitted && <p className="team-empty">{t('teamReports.emptySections')}</p>
      )}
      <footer className="team-card-foot">
        <span className={row.comments > 0 ? 'team-comments has' : 'team-comments'}>{t('teamReports.comments', { count: row.comments })}</span>
        {row.unread > 0 && <span className="team-new">{t('teamReports.newComments', { count: row.unread })}</span>}
        {row.anomalies > 0 && <span className="team-anomaly-chip">{t('teamReports.anomalyCount', { count: row.anomalies })}</span>}
      </footer>
    </article>
  );
};

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { isReportDay } from '../../../../../shared/reports/reportDays.ts';
import { useKeyNumbers } from '../hooks/useKeyNumbers.ts';
import { useSendNudges } from '../hooks/useSendNudges.ts';
import { useTeamDay } from '../hooks/useTeamDay.ts';
import { reportDateLabel } from '../utils/reportDateLabel.ts';
import { sectionsShown } from '../utils/sectionsShown.ts';
import { AnomalyPanel } from './AnomalyPanel.tsx';
import { RepReportCard } from './RepReportCard.tsx';
import { SubmissionRatePanel } from './SubmissionRatePanel.tsx';
import { TeamDayNav } from './TeamDayNav.tsx';
import { TeamDaySummary } from './TeamDaySummary.tsx';

type Props = { date: string; me: MemberDoc; reps: MemberDoc[]; settings: TeamSettingsDoc; now: number };

/** The team view's body: summary, each rep's card, then the warnings and 提交率 beside them. */
export const TeamDayBoard = ({ date, me, reps, settings, now }: Props) => {
  const { t } = useTranslation();
  const day = useTeamDay(date, reps, settings, me.id, now);
  const send = useSendNudges();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const offset = settings.utcOffsetMinutes;
  const numbers = useKeyNumbers(day?.rows ?? [], day?.followUps, day?.customers, date, offset);
  const restDay = !isReportDay(date);
  const lookups = useMemo(() => {
    const names = new Map(reps.map((r) => [r.id, r.name]));
    const customers = new Map((day?.customers ?? []).map((c) => [c.id, c.name]));
    const stages = new Map(settings.options.stages.map((s) => [s.id, s.label]));
    return { memberName: (id: string) => names.get(id) ?? id, customerName: (id: string) => customers.get(id) ?? id, stageLabel: (id: string) => stages.get(id) ?? id, utcOffsetMinutes: offset };
  }, [reps, day?.customers, settings.options.stages, offset]);
  const nudge = async (memberIds: string[]) => {
    setBusy(true);
    setError('');
    try {
      await send(memberIds, { date, dateLabel: reportDateLabel(date, t), deadline: settings.reportDeadline, senderName: me.name });
    } catch (err) {
      setError(t('teamReports.nudgeFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page team-reports">
      <TeamDayNav date={date} today={day?.today ?? date} deadline={settings.reportDeadline} />
      {restDay && <p className="team-rest">{t('teamReports.restDay')}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
      {reps.length === 0 && <p className="muted">{t('teamReports.noReps')}</p>}
      {!day && reps.length > 0 && <p className="muted">{t('teamReports.loading')}</p>}
      {day && reps.length > 0 && (
        <>
          <TeamDaySummary rows={day.rows} expected={restDay ? 0 : reps.length} busy={busy} onNudgeAll={(ids) => void nudge(ids)} />
          <div className="team-layout">
            <section className="team-cards" aria-label={t('teamReports.title')}>
              {day.rows.map((row) => (
                <RepReportCard
                  key={row.member.id}
                  row={row}
                  date={date}
                  numbers={numbers.get(row.member.id) ?? null}
                  sections={sectionsShown(row.report?.sections ?? {}, settings.reportTemplate, t)}
                  deadline={settings.reportDeadline}
                  restDay={restDay}
                  utcOffsetMinutes={offset}
                  busy={busy}
                  onNudge={() => void nudge([row.member.id])}
                />
              ))}
            </section>
            <aside className="team-side">
              <AnomalyPanel anomalies={day.anomalies} lookups={lookups} />
              <SubmissionRatePanel reps={reps} week={day.rates.week} month={day.rates.month} />
            </aside>
          </div>
        </>
      )}
    </div>
  );
};

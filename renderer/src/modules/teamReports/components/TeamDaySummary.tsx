import { useTranslation } from 'react-i18next';
import type { TeamDayRow } from '../../../../../shared/reports/teamDayRows.ts';

type Props = { rows: readonly TeamDayRow[]; expected: number; busy: boolean; onNudgeAll: (memberIds: string[]) => void };

/** The day at a glance: submitted / late / not submitted / expected, and 一键催交 for everyone still missing. */
export const TeamDaySummary = ({ rows, expected, busy, onNudgeAll }: Props) => {
  const { t } = useTranslation();
  const submitted = rows.filter((r) => r.status.kind === 'onTime' || r.status.kind === 'late').length;
  const late = rows.filter((r) => r.status.kind === 'late').length;
  const open = rows.filter((r) => r.nudge.kind === 'available').map((r) => r.member.id);
  const tiles = [
    { id: 'submitted', value: submitted, tone: 'ok' },
    { id: 'late', value: late, tone: late > 0 ? 'warn' : '' },
    { id: 'notSubmitted', value: rows.length - submitted, tone: rows.length - submitted > 0 ? 'bad' : '' },
    { id: 'expected', value: expected, tone: '' },
  ] as const;
  return (
    <section className="team-summary" data-testid="team-summary">
      {tiles.map((tile) => (
        <div key={tile.id} className={`team-tile ${tile.tone}`} data-testid={`team-count-${tile.id}`}>
          <span className="team-tile-label">{t(`teamReports.counts.${tile.id}`)}</span>
          <strong>{t('teamReports.countValue', { count: tile.value })}</strong>
        </div>
      ))}
      <div className="team-summary-spacer" />
      <button type="button" className="button primary" disabled={busy || open.length === 0} title={t('teamReports.nudgeAllHint')} onClick={() => onNudgeAll(open)}>
        {t('teamReports.nudgeAll', { count: open.length })}
      </button>
    </section>
  );
};

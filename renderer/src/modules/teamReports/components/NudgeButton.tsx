import { useTranslation } from 'react-i18next';
import type { NudgeState } from '../../../../../shared/reports/nudgeState.ts';
import { localTimeParts } from '../utils/localTimeParts.ts';

type Props = { state: NudgeState; name: string; utcOffsetMinutes: number; busy: boolean; onNudge: () => void };

/** 催交 for one rep, or 已催交 HH:MM once sent (one per rep per day). */
export const NudgeButton = ({ state, name, utcOffsetMinutes, busy, onNudge }: Props) => {
  const { t } = useTranslation();
  if (state.kind === 'none') return null;
  if (state.kind === 'sent') {
    return (
      <span className="team-nudged" data-testid="nudged">
        {t('teamReports.nudged', { time: localTimeParts(state.at, utcOffsetMinutes).time })}
      </span>
    );
  }
  return (
    <button type="button" className="button team-nudge" disabled={busy} title={t('teamReports.nudgeHint', { name })} onClick={onNudge}>
      {t('teamReports.nudge')}
    </button>
  );
};

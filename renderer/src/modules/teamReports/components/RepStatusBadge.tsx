import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../../../shared/reports/submissionStatus.ts';
import { localTimeParts } from '../utils/localTimeParts.ts';

type Props = { status: SubmissionStatus; submittedAt: number; deadline: string; restDay: boolean; utcOffsetMinutes: number };

/** 已提交 / 迟交 N 分钟 / 未提交, with the time it came in or the deadline it is waiting for. */
export const RepStatusBadge = ({ status, submittedAt, deadline, restDay, utcOffsetMinutes }: Props) => {
  const { t } = useTranslation();
  const submitted = status.kind === 'onTime' || status.kind === 'late';
  const label = status.kind === 'late' ? t('teamReports.status.late', { minutes: status.delayMinutes }) : t(`teamReports.status.${status.kind}`);
  const tone = status.kind === 'onTime' ? 'ok' : status.kind === 'late' ? 'warn' : restDay ? 'rest' : 'bad';
  let detail: string = t('teamReports.dueAt', { deadline });
  if (submitted) detail = t('teamReports.submittedAt', { time: localTimeParts(submittedAt, utcOffsetMinutes).time });
  else if (restDay) detail = t('teamReports.restDayNote');
  else if (status.kind === 'missing') detail = t('teamReports.missingSince');
  return (
    <span className="team-status">
      <span className={`team-pill ${tone}`} data-testid="report-status">
        {label}
      </span>
      <span className="team-status-detail">{detail}</span>
    </span>
  );
};

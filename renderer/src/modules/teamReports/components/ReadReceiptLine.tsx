import { useTranslation } from 'react-i18next';
import type { ReportRef } from '../utils/reportRef.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { supervisorReceipt } from '../../../../../shared/reports/readReceipts.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { localTimeParts } from '../utils/localTimeParts.ts';

type Props = { report: ReportRef; directory: ReadonlyMap<string, MemberDoc>; viewerId: string };

/** 「主管已读 12月3日 20:41」 (who read it in the tooltip); the rep also sees when no manager has read it yet. */
export const ReadReceiptLine = ({ report, directory, viewerId }: Props) => {
  const { t } = useTranslation();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const first = supervisorReceipt(report, (id) => directory.get(id)?.role);
  if (!first) {
    return report.status === 'submitted' && viewerId === report.memberId ? <span className="receipt pending">{t('comments.notReadYet')}</span> : null;
  }
  const readers = report.readBy.filter((r) => r.memberId !== report.memberId).map((r) => directory.get(r.memberId)?.name ?? t('comments.formerMember'));
  return (
    <span className="receipt" data-testid="read-receipt" title={t('comments.supervisorReadBy', { names: readers.join(t('presence.nameSeparator')) })}>
      <span aria-hidden="true">✓✓</span> {t('comments.supervisorRead', { time: t('comments.time', localTimeParts(first.at, offset)) })}
    </span>
  );
};

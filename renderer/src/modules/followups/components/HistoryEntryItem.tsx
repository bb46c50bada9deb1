import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import type { HistoryEntry } from '../../../../../shared/sync/historyDiff.ts';
import { describeChange, type ChangeContext } from '../utils/describeChange.ts';
import { deviceLabel } from '../utils/deviceLabel.ts';

type Props = { entry: HistoryEntry; ctx: ChangeContext; ownNodeId: string };

/** One write in the history: who, when, from which desktop, and each field from → to. */
export const HistoryEntryItem = ({ entry, ctx, ownNodeId }: Props) => {
  const { t } = useTranslation();
  const who = ctx.memberNames.get(entry.memberId) ?? entry.memberId;
  const when = formatInstant(entry.at, ctx.lookups.utcOffsetMinutes);
  return (
    <li className="row-detail-entry">
      <div className="row-detail-entry-by">{t('rowDetail.history.byLine', { who, when, device: deviceLabel(t, entry.deviceId, ownNodeId) })}</div>
      {entry.kind === 'changed' ? null : <div className="row-detail-entry-kind">{t(`rowDetail.history.${entry.kind}`)}</div>}
      {entry.changes.length > 0 ? (
        <ul className="row-detail-changes">
          {entry.changes.map((change) => (
            <li key={change.field}>{t('rowDetail.history.change', describeChange(change, ctx))}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
};

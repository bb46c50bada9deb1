import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import type { FieldChange, HistoryEntry } from '../../../../../shared/sync/historyDiff.ts';
import { historyFieldText, type HistoryFormat } from '../utils/historyFieldText.ts';

type Props = {
  entry: HistoryEntry;
  collection: CollectionName;
  fmt: HistoryFormat;
  /** The record as this revision left it. */
  doc: Record<string, unknown>;
  device: string;
  /** Null when this member may not write the record (or it is gone): no restore buttons. */
  onRestoreField: ((change: FieldChange) => void) | null;
  onRestoreVersion: (() => void) | null;
};

/** One write: who, when, from which desktop, and each field 旧值 → 新值 with 恢复此值; 恢复到此版本 for the whole record. */
export const HistoryEntryView = ({ entry, collection, fmt, doc, device, onRestoreField, onRestoreVersion }: Props) => {
  const { t } = useTranslation();
  const who = fmt.lookups.members.get(entry.memberId)?.name ?? entry.memberId;
  const when = formatInstant(entry.at, fmt.lookups.utcOffsetMinutes);
  return (
    <li className="history-entry" data-testid="history-entry">
      <div className="history-entry-head">
        <span className="history-entry-by">{t('history.byLine', { who, when, device })}</span>
        {onRestoreVersion ? (
          <button type="button" className="history-link" onClick={onRestoreVersion}>
            {t('history.restore.version')}
          </button>
        ) : null}
      </div>
      {entry.kind === 'changed' ? null : <div className="history-entry-kind">{t(`history.kind.${entry.kind}`)}</div>}
      {entry.changes.length > 0 ? (
        <ul className="history-changes">
          {entry.changes.map((change) => (
            <li key={change.field}>
              <span className="history-change-text">{t('history.change', historyFieldText(collection, change, doc, fmt))}</span>
              {onRestoreField && entry.kind !== 'created' ? (
                <button type="button" className="history-link" onClick={() => onRestoreField(change)}>
                  {t('history.restore.field')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
};

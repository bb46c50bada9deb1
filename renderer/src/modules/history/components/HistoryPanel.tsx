import { useState } from 'react';
import '../history.css';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import type { FieldChange, HistoryEntry } from '../../../../../shared/sync/historyDiff.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useDeviceNames } from '../hooks/useDeviceNames.ts';
import { useHistoryFormat } from '../hooks/useHistoryFormat.ts';
import { useRecordHistory } from '../hooks/useRecordHistory.ts';
import { useRestoreRecord } from '../hooks/useRestoreRecord.ts';
import { historyDeviceLabel } from '../utils/historyDeviceLabel.ts';
import { historyFieldLabel, historyValueText } from '../utils/historyFieldText.ts';
import { fieldRestorePatch, versionRestorePatch } from '../utils/restorePatch.ts';
import { HistoryEntryView } from './HistoryEntryView.tsx';
import { HistoryStateNote } from './HistoryStateNote.tsx';
import { RestoreConfirm } from './RestoreConfirm.tsx';
import { RestoreNoticeBar } from './RestoreNoticeBar.tsx';

type Doc = Record<string, unknown>;
type Props = {
  collection: CollectionName;
  id: string;
  /** The record as stored now (live), or null when it is gone: restores are offered only when it can be written. */
  current: Doc | null;
};
type Pending = { text: string; run: () => Promise<void> };

/** 修改记录 of any record, read from the hub: who changed what, when, from which desktop — with 恢复此值 and 恢复到此版本. */
export const HistoryPanel = ({ collection, id, current }: Props) => {
  const { t } = useTranslation();
  const { nodeId } = useProfile();
  const fmt = useHistoryFormat();
  const devices = useDeviceNames();
  const { state, reload } = useRecordHistory(collection, id, typeof current?.['updatedAt'] === 'number' ? current['updatedAt'] : undefined);
  const restorer = useRestoreRecord(collection, id);
  const [pending, setPending] = useState<Pending | null>(null);
  const writable = restorer.mayWrite(current);

  const askField = (entry: HistoryEntry, change: FieldChange) => {
    if (!fmt) return;
    const doc = state.kind === 'ready' ? (state.versions.get(entry.seq) ?? {}) : {};
    const words = { field: historyFieldLabel(collection, change.field, fmt), value: historyValueText(collection, change.field, change.from, doc, fmt) };
    setPending({ text: t('history.restore.askField', words), run: () => restorer.restore((now) => fieldRestorePatch(collection, now, change.field, change.from), t('history.restore.doneField', words)) });
  };
  const askVersion = (entry: HistoryEntry, version: Doc) => {
    if (!fmt) return;
    const words = { when: formatInstant(entry.at, fmt.lookups.utcOffsetMinutes), who: fmt.lookups.members.get(entry.memberId)?.name ?? entry.memberId, count: Object.keys(versionRestorePatch(current ?? {}, version)).length };
    setPending({ text: t('history.restore.askVersion', words), run: () => restorer.restore((now) => versionRestorePatch(now, version), t('history.restore.doneVersion', words)) });
  };
  const versionOf = (entry: HistoryEntry) => (state.kind === 'ready' ? state.versions.get(entry.seq) : undefined);
  const canRestoreVersion = (entry: HistoryEntry) => {
    const version = versionOf(entry);
    return !!version && !version['_deleted'] && Object.keys(versionRestorePatch(current ?? {}, version)).length > 0;
  };

  return (
    <section className="history-panel" aria-label={t('history.title')} data-testid="history-panel">
      <div className="history-head">
        <h3>{t('history.title')}</h3>
        {state.kind === 'ready' || state.kind === 'error' ? (
          <button type="button" className="history-link" onClick={reload}>
            {state.kind === 'error' ? t('history.retry') : t('history.refresh')}
          </button>
        ) : null}
      </div>
      {restorer.notice ? <RestoreNoticeBar notice={restorer.notice} onUndo={() => void restorer.undo()} onDismiss={restorer.dismiss} /> : null}
      {pending ? (
        <RestoreConfirm text={pending.text} onCancel={() => setPending(null)} onConfirm={() => void pending.run().finally(() => setPending(null))} />
      ) : null}
      <HistoryStateNote state={state} />
      {state.kind === 'ready' && fmt ? (
        <ol className="history-entries">
          {state.entries.map((entry) => (
            <HistoryEntryView
              key={entry.seq}
              entry={entry}
              collection={collection}
              fmt={fmt}
              doc={versionOf(entry) ?? {}}
              device={historyDeviceLabel(t, entry.deviceId, nodeId, devices)}
              onRestoreField={writable ? (change) => askField(entry, change) : null}
              onRestoreVersion={writable && canRestoreVersion(entry) ? () => askVersion(entry, versionOf(entry) ?? {}) : null}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { formatInstant } from '../../../../../shared/grid/cellText.ts';
import type { TrashItem } from '../../../../../shared/sync/auditApiSchemas.ts';
import { useHistoryFormat } from '../../history/hooks/useHistoryFormat.ts';
import { recordTitleOf } from '../../history/utils/recordTitleOf.ts';
import { useRestoreFromBin } from '../hooks/useRestoreFromBin.ts';
import { useTrashList } from '../hooks/useTrashList.ts';
import { BIN_COLLECTIONS } from '../utils/localTrash.ts';
import { TrustPageHeader } from './TrustPageHeader.tsx';
import '../../history/history.css';

const keyOf = (item: TrashItem) => `${item.collection}/${item.id}`;

/** 回收站 for the whole team: every deleted record (any type) with who deleted it and when; 恢复 writes it back. */
export const RecycleBinPage = () => {
  const { t } = useTranslation();
  const fmt = useHistoryFormat();
  const [type, setType] = useState<CollectionName | ''>('');
  const { state, reload } = useTrashList(type);
  const { restore, notice, dismiss } = useRestoreFromBin();
  // Restored records leave the list at once; the hub's answer follows once the write has synced.
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const items = state.kind === 'ready' ? state.items.filter((i) => !restored.has(keyOf(i))) : [];
  const onRestore = async (item: TrashItem, title: string) => {
    if (await restore(item, { title, type: t(`recycleBin.types.${item.collection}`) })) {
      setRestored((s) => new Set([...s, keyOf(item)]));
      setTimeout(reload, 1500);
    }
  };
  return (
    <section className="page" data-testid="recycle-bin">
      <TrustPageHeader title={t('recycleBin.title')} back={t('recycleBin.back')} hint={t('recycleBin.hint')} />
      <div className="card">
        <div className="trust-toolbar">
          <label>
            {t('recycleBin.type')}
            <select aria-label={t('recycleBin.type')} value={type} onChange={(e) => setType(e.target.value as CollectionName | '')}>
              <option value="">{t('recycleBin.allTypes')}</option>
              {BIN_COLLECTIONS.map((c) => (
                <option key={c} value={c}>
                  {t(`recycleBin.types.${c}`)}
                </option>
              ))}
            </select>
          </label>
          {state.kind === 'ready' ? <span className="muted">{t('recycleBin.count', { count: items.length })}</span> : null}
        </div>
        {notice ? (
          <p className={notice.error ? 'history-notice field-error' : 'history-notice'} role={notice.error ? 'alert' : 'status'} data-testid="bin-notice">
            <span>{notice.text}</span>
            <button type="button" className="history-link" aria-label={t('history.restore.dismiss')} onClick={dismiss}>
              ×
            </button>
          </p>
        ) : null}
        {state.kind === 'loading' || !fmt ? <p className="muted">{t('recycleBin.loading')}</p> : null}
        {state.kind === 'error' ? <p className="field-error" role="alert">{state.message}</p> : null}
        {state.kind === 'ready' && state.local ? <p className="muted trust-note">{t('recycleBin.local')}</p> : null}
        {state.kind === 'ready' && state.truncated ? <p className="muted trust-note">{t('recycleBin.truncated', { count: state.items.length })}</p> : null}
        {state.kind === 'ready' && fmt && items.length === 0 ? <p className="muted">{type ? t('recycleBin.emptyType') : t('recycleBin.empty')}</p> : null}
        {fmt && items.length > 0 ? (
          <table className="table trust-table">
            <thead>
              <tr>
                {(['type', 'title', 'by', 'at', 'state', 'action'] as const).map((c) => (
                  <th key={c}>{t(`recycleBin.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const title = recordTitleOf(item.collection, item.doc, fmt);
                return (
                  <tr key={keyOf(item)} data-testid="bin-row">
                    <td><span className="trust-type">{t(`recycleBin.types.${item.collection}`)}</span></td>
                    <td>{title}</td>
                    <td>{fmt.lookups.members.get(item.by)?.name ?? item.by}</td>
                    <td>{formatInstant(item.at, fmt.lookups.utcOffsetMinutes)}</td>
                    <td>{t(`recycleBin.state.${item.state}`)}</td>
                    <td>
                      <button type="button" className="button" onClick={() => void onRestore(item, title)}>
                        {t('recycleBin.restore')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
};

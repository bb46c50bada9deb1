import { useTranslation } from 'react-i18next';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useRowHistory } from '../hooks/useRowHistory.ts';
import type { ChangeContext } from '../utils/describeChange.ts';
import { HistoryEntryItem } from './HistoryEntryItem.tsx';

type Props = { ctx: ChangeContext };

/** 修改记录: who changed which field from what to what, when, from which desktop (kept by the hub). */
export const RowHistoryList = ({ ctx }: Props) => {
  const { t } = useTranslation();
  const { nodeId } = useProfile();
  const { state, reload } = useRowHistory(ctx.row.id, ctx.row.updatedAt);
  const canReload = state.kind === 'ready' || state.kind === 'error';
  return (
    <section className="row-detail-section" aria-labelledby="row-detail-history" data-testid="row-detail-history">
      <div className="row-detail-section-head">
        <h3 id="row-detail-history">{t('rowDetail.history.title')}</h3>
        {canReload ? (
          <button type="button" className="row-detail-link" onClick={reload}>
            {state.kind === 'error' ? t('rowDetail.history.retry') : t('rowDetail.history.refresh')}
          </button>
        ) : null}
      </div>
      {state.kind === 'local' || state.kind === 'offline' ? <p className="row-detail-muted row-detail-offline">{t('rowDetail.history.offline')}</p> : null}
      {state.kind === 'loading' ? <p className="row-detail-muted" role="status">{t('rowDetail.history.loading')}</p> : null}
      {state.kind === 'error' ? (
        <p className="row-detail-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === 'ready' && state.entries.length === 0 ? <p className="row-detail-muted">{t('rowDetail.history.none')}</p> : null}
      {state.kind === 'ready' ? (
        <ol className="row-detail-entries">
          {state.entries.map((entry) => (
            <HistoryEntryItem key={entry.seq} entry={entry} ctx={ctx} ownNodeId={nodeId} />
          ))}
        </ol>
      ) : null}
      {state.kind === 'ready' && !state.complete ? <p className="row-detail-muted">{t('rowDetail.history.partial', { count: state.shown })}</p> : null}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { cellText, formatInstant } from '../../../../../shared/grid/cellText.ts';
import { builtInColumns } from '../../../../../shared/grid/followUpColumns.ts';
import type { GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useCustomerFollowUps } from '../hooks/useCustomerFollowUps.ts';

type Props = { customerId: string; currentId: string; lookups: GridLookups; onOpenRow: (id: string) => void };

const column = (id: string) => builtInColumns.find((c) => c.id === id) as GridColumn;
const METHOD = column('method');
const OWNER = column('ownerId');
const RECENT_COUNT = 10;

/** 该客户最近跟进: the customer's latest follow-ups, live; clicking one opens it. */
export const CustomerRecentList = ({ customerId, currentId, lookups, onOpenRow }: Props) => {
  const { t } = useTranslation();
  const rows = useCustomerFollowUps(customerId, RECENT_COUNT);
  const list = customerId ? rows : [];
  return (
    <section className="row-detail-section" aria-labelledby="row-detail-recent">
      <h3 id="row-detail-recent">{t('rowDetail.recent.title')}</h3>
      {list === undefined ? <p className="row-detail-muted">{t('rowDetail.loading')}</p> : null}
      {list?.length === 0 ? <p className="row-detail-muted">{t('rowDetail.recent.none')}</p> : null}
      <ol className="row-detail-recent" data-testid="row-detail-recent">
        {list?.map((r) => {
          const when = formatInstant(r.followedAt, lookups.utcOffsetMinutes);
          const method = cellText(r, METHOD, lookups);
          const current = r.id === currentId;
          return (
            <li key={r.id}>
              <button type="button" className="row-detail-recent-item" aria-current={current ? 'true' : undefined} title={t('rowDetail.recent.open', { when, method })} onClick={() => onOpenRow(r.id)}>
                <span className="row-detail-recent-meta">
                  <span>{when}</span>
                  <span>{method}</span>
                  <span>{cellText(r, OWNER, lookups)}</span>
                  {current ? <span className="row-detail-tag">{t('rowDetail.recent.current')}</span> : null}
                </span>
                <span className="row-detail-recent-summary">{r.summary || t('rowDetail.recent.noSummary')}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
};

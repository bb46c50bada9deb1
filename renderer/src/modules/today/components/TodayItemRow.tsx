import { useTranslation } from 'react-i18next';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import type { TodayItem } from '../../../../../shared/today/todayTypes.ts';
import type { TodaySectionKind } from '../utils/todaySections.ts';

type Props = { item: TodayItem; kind: TodaySectionKind; lookups: GridLookups };

/** How late, in words: 今天 / 15:00 / 已跟进 for plans due today, 逾期 3 天, 5 天未联系, 9 天无跟进. */
const Lateness = ({ item, kind }: { item: TodayItem; kind: TodaySectionKind }) => {
  const { t } = useTranslation();
  if (kind === 'dueToday') {
    if (item.done) return <span className="today-badge done">{t('today.late.done')}</span>;
    return <span className="today-badge due">{item.time ?? t('today.late.today')}</span>;
  }
  const text = kind === 'overdue' ? t('today.late.overdue', { count: item.days }) : kind === 'stalled' ? t('today.late.stalled', { count: item.days }) : t('today.late.since', { count: item.days });
  return <span className={`today-badge ${kind === 'overdue' ? 'late' : 'quiet'}`}>{text}</span>;
};

/** One line of a 今日 list: the customer, what is due and how late; a click opens the row in the grid. */
export const TodayItemRow = ({ item, kind, lookups }: Props) => {
  const { t } = useTranslation();
  const customer = item.customerName || t('today.unknownCustomer');
  const stage = lookups.options.stages.find((s) => s.id === item.stage);
  return (
    <li className={item.done ? 'today-item done' : 'today-item'}>
      <a href={appLinkHash({ kind: 'followUpRow', id: item.rowId })} title={t('today.open', { customer })} data-row-id={item.rowId}>
        <span className="today-item-main">
          <span className="today-customer">{customer}</span>
          {item.what ? <span className="today-what">{item.what}</span> : null}
        </span>
        {stage ? (
          <span className="today-stage">
            <span className="today-stage-dot" style={{ background: stage.color ?? '#94a3b8' }} />
            {stage.label}
          </span>
        ) : null}
        <Lateness item={item} kind={kind} />
      </a>
    </li>
  );
};

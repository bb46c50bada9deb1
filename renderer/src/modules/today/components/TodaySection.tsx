import { useTranslation } from 'react-i18next';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import type { TodayItem } from '../../../../../shared/today/todayTypes.ts';
import type { TodaySectionKind } from '../utils/todaySections.ts';
import { TodayItemRow } from './TodayItemRow.tsx';

type Props = { kind: TodaySectionKind; items: readonly TodayItem[] | null; lookups: GridLookups | null };

/** Lines shown before 「还有 N 条」, which opens them all in the grid as one set of rows. */
const SHOWN = 8;

/** One 今日 list with its count in the header, a calm sentence when empty, and the overflow as a grid link. */
export const TodaySection = ({ kind, items, lookups }: Props) => {
  const { t } = useTranslation();
  const title = t(`today.sections.${kind}`);
  const open = items?.filter((i) => !i.done).length ?? 0;
  return (
    <section className={`card today-section today-${kind}`} aria-label={title} data-testid={`today-${kind}`}>
      <header className="today-section-header">
        <h2>
          {title}
          <span className={`today-count${open > 0 && kind !== 'dueToday' ? ' alert' : ''}`} data-testid={`today-${kind}-count`}>
            {items ? open : '…'}
          </span>
        </h2>
        <span className="today-hint">{t(`today.hints.${kind}`)}</span>
      </header>
      {!items || !lookups ? (
        <p className="today-empty">{t('today.loading')}</p>
      ) : items.length === 0 ? (
        <p className="today-empty">{t(`today.empty.${kind}`)}</p>
      ) : (
        <ul className="today-list">
          {items.slice(0, SHOWN).map((item) => (
            <TodayItemRow key={item.rowId} item={item} kind={kind} lookups={lookups} />
          ))}
        </ul>
      )}
      {items && items.length > SHOWN ? (
        <a className="today-more" href={appLinkHash({ kind: 'followUpIds', ids: items.map((i) => i.rowId), title })}>
          {t('today.more', { count: items.length - SHOWN })}
        </a>
      ) : null}
    </section>
  );
};

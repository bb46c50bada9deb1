import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { HistoryPanel } from './HistoryPanel.tsx';

type Props = { collection: CollectionName; id: string; current: Record<string, unknown> | null; title: string; onClose: () => void };

/** The history panel at the page's right edge (customer page, daily report), closed with × or Esc. */
export const HistoryDrawer = ({ collection, id, current, title, onClose }: Props) => {
  const { t } = useTranslation();
  return (
    <aside className="history-drawer no-print" aria-label={t('history.drawerTitle', { title })} data-testid="history-drawer" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="history-drawer-head">
        <h2>{t('history.drawerTitle', { title })}</h2>
        <button type="button" className="history-drawer-close" aria-label={t('history.close')} title={t('history.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <HistoryPanel collection={collection} id={id} current={current} />
    </aside>
  );
};

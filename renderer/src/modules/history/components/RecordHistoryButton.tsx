import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { HistoryDrawer } from './HistoryDrawer.tsx';

type Props = { collection: CollectionName; id: string; current: Record<string, unknown> | null; title: string };

/** 修改记录: opens the record's history beside the page. */
export const RecordHistoryButton = ({ collection, id, current, title }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-pressed={open} onClick={() => setOpen(!open)}>
        {t('history.open')}
      </button>
      {open ? <HistoryDrawer collection={collection} id={id} current={current} title={title} onClose={() => setOpen(false)} /> : null}
    </>
  );
};

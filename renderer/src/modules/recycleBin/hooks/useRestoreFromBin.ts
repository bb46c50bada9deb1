import { useCallback, useState } from 'react';
import type { RxCollection } from 'rxdb';
import { useTranslation } from 'react-i18next';
import { patchManyStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { TrashItem } from '../../../../../shared/sync/auditApiSchemas.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { syncMetaFields, type SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';

type AnyCollection = RxCollection<SyncMeta & { id: string }>;
export type BinNotice = { text: string; error: boolean };

/** A record's own fields, without sync bookkeeping: what a purged record is written back with. */
const ownFields = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => k !== '_deleted' && !(syncMetaFields as readonly string[]).includes(k)));

/**
 * 恢复 from 回收站 as a stamped local write: a trashed record is patched out of the bin (a merged
 * customer forgets what it was merged into); a purged one is written again from its last content.
 */
export const useRestoreFromBin = () => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const [notice, setNotice] = useState<BinNotice | null>(null);
  const restore = useCallback(async (item: TrashItem, words: { title: string; type: string }) => {
    const target = db.collections[item.collection] as unknown as AnyCollection;
    try {
      if (item.state === 'purged') {
        const stamp = { now: writer.now(), memberId: writer.memberId, clock: writer.clock.next() };
        await target.insert(stampNew(ownFields(item.doc), stamp) as never);
      } else {
        const patch = { trashed: false, trashedAt: undefined, ...(item.collection === 'customers' ? { mergedInto: undefined } : {}) };
        const missing = await patchManyStamped(target, [{ id: item.id, patch: patch as never }], writer);
        if (missing.length) throw new Error(t('recycleBin.missingLocal'));
      }
      setNotice({ text: t('recycleBin.restored', words), error: false });
      return true;
    } catch (err) {
      setNotice({ text: t('recycleBin.failed', { reason: err instanceof Error ? err.message : String(err) }), error: true });
      return false;
    }
  }, [db, writer, t]);
  return { restore, notice, dismiss: useCallback(() => setNotice(null), []) };
};

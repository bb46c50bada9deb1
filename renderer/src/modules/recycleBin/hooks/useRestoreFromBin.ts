import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../../../../shared/sync/auditApiSchemas.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { restoreBinnedRecord } from '../utils/restoreBinnedRecord.ts';

export type BinNotice = { text: string; error: boolean };

/** 恢复 from 回收站 (restoreBinnedRecord), worded for the page: 已恢复「…」 or why not. */
export const useRestoreFromBin = () => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const [notice, setNotice] = useState<BinNotice | null>(null);
  const restore = useCallback(async (item: TrashItem, words: { title: string; type: string }) => {
    try {
      if (!(await restoreBinnedRecord(db, item, writer))) throw new Error(t('recycleBin.missingLocal'));
      setNotice({ text: t('recycleBin.restored', words), error: false });
      return true;
    } catch (err) {
      setNotice({ text: t('recycleBin.failed', { reason: err instanceof Error ? err.message : String(err) }), error: true });
      return false;
    }
  }, [db, writer, t]);
  return { restore, notice, dismiss: useCallback(() => setNotice(null), []) };
};

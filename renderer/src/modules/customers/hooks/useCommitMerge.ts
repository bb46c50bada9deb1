import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { writeChangeSet, type ChangeSet } from '../../../../../shared/customers/changeSet.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import type { CustomerActions } from './useCustomerActions.ts';

/** What the list says after an action; a merge's notice carries its step, so 撤销合并 can take exactly it back. */
export type CustomerNotice = { text: string; merge?: { set: ChangeSet }; /** A link the notice offers (打开 a customer just created). */ open?: string };

/**
 * Writes a merge (follow-ups and comments moved, then the customers: shared/customers/changeSet.ts)
 * and records it as one undo step of the list; the notice says what moved and offers 撤销合并.
 */
export const useCommitMerge = (actions: CustomerActions, onNotice: (notice: CustomerNotice) => void) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const { recordStep } = actions;
  return useCallback(
    async (set: ChangeSet, keep: CustomerRow, drop: CustomerRow, moved: number): Promise<boolean> => {
      try {
        await writeChangeSet(db, set, 'after', writer);
        recordStep(set);
        onNotice({ text: t('customers.merge.done', { drop: drop.name, keep: keep.name, count: moved }), merge: { set } });
        return true;
      } catch (e) {
        onNotice({ text: t('customers.merge.failed', { reason: e instanceof Error ? e.message : String(e) }) });
        return false;
      }
    },
    [db, writer, recordStep, onNotice, t],
  );
};

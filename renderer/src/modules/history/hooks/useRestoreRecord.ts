import { useCallback, useState } from 'react';
import type { RxCollection } from 'rxdb';
import { useTranslation } from 'react-i18next';
import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { patchManyStamped } from '../../../../../shared/db/stampedWrites.ts';
import { canWrite } from '../../../../../shared/sync/canWrite.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { undoPatchOf, type RestorePatch } from '../utils/restorePatch.ts';

type Doc = Record<string, unknown>;
type AnyCollection = RxCollection<SyncMeta & { id: string }>;

/** What the last restore did, with what undoes it (null once undone, or when it failed). */
export type RestoreNotice = { text: string; undo: RestorePatch | null; error: boolean };

export type RestoreRecord = {
  /** Whether this member may write `patch` onto `current` (the hub's own rule, canWrite). */
  mayWrite: (current: Doc | null | undefined, patch?: RestorePatch) => boolean;
  /** Writes the patch built from the stored record as one stamped local edit (it syncs, merges and shows in history). */
  restore: (build: (current: Doc) => RestorePatch, done: string) => Promise<void>;
  undo: () => Promise<void>;
  dismiss: () => void;
  notice: RestoreNotice | null;
};

/** 恢复此值 / 恢复到此版本 / 回收站's 恢复: normal stamped writes, each undoable once from its notice. */
export const useRestoreRecord = (collection: CollectionName, id: string): RestoreRecord => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const { memberId } = useProfile();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  const [notice, setNotice] = useState<RestoreNotice | null>(null);
  const target = db.collections[collection] as unknown as AnyCollection;

  const mayWrite = useCallback(
    (current: Doc | null | undefined, patch: RestorePatch = {}) => !!current && !!role && canWrite(collection, { memberId, role }, current, { ...current, ...patch }),
    [collection, memberId, role],
  );
  const write = useCallback(async (patch: RestorePatch) => {
    const missing = await patchManyStamped(target, [{ id, patch: patch as never }], writer);
    if (missing.length) throw new Error(t('history.restore.missing'));
  }, [target, id, writer, t]);

  const restore = useCallback(async (build: (current: Doc) => RestorePatch, done: string) => {
    try {
      const current = (await target.findOne(id).exec())?.toMutableJSON() as Doc | undefined;
      if (!current) throw new Error(t('history.restore.missing'));
      const patch = build(current);
      if (!mayWrite(current, patch)) throw new Error(t('history.restore.forbidden'));
      await write(patch);
      setNotice({ text: done, undo: undoPatchOf(current, patch), error: false });
    } catch (err) {
      setNotice({ text: t('history.restore.failed', { reason: err instanceof Error ? err.message : String(err) }), undo: null, error: true });
    }
  }, [target, id, mayWrite, write, t]);

  const undo = useCallback(async () => {
    if (!notice?.undo) return;
    try {
      await write(notice.undo);
      setNotice({ text: t('history.restore.undone'), undo: null, error: false });
    } catch (err) {
      setNotice({ text: t('history.restore.failed', { reason: err instanceof Error ? err.message : String(err) }), undo: null, error: true });
    }
  }, [notice, write, t]);

  return { mayWrite, restore, undo, dismiss: useCallback(() => setNotice(null), []), notice };
};

import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { claimShown } from '../../../../../shared/reminders/claimShown.ts';
import { reminderShownDocId, shownLogSchema } from '../../../../../shared/reminders/reminderPrefs.ts';
import type { ShownLog } from '../../../../../shared/reminders/reminderTypes.ts';

type Stored = { shown: ShownLog };

/** This member's shown-log on this desktop (empty when none yet). */
export const readShownLog = async (db: SalesDeskDatabase, memberId: string): Promise<ShownLog> =>
  shownLogSchema.parse((await db.getLocal<Stored>(reminderShownDocId(memberId)))?.toJSON().data);

/**
 * Marks reminder keys as shown and returns the ones this call claimed. The log is an RxDB local
 * document (on this desktop only — never synced; it lives and goes with the local data), updated with
 * incrementalModify, which re-reads and retries on a write conflict: two windows of the app (or two
 * browser tabs) claiming the same reminder at once show it once.
 */
export const claimReminderKeys = async (db: SalesDeskDatabase, memberId: string, keys: readonly string[], now: number): Promise<string[]> => {
  const id = reminderShownDocId(memberId);
  let doc = await db.getLocal<Stored>(id);
  if (!doc) doc = await db.insertLocal<Stored>(id, { shown: {} }).catch(() => db.getLocal<Stored>(id));
  if (!doc) return [];
  let claimed: string[] = [];
  await doc.incrementalModify((data) => {
    const result = claimShown(shownLogSchema.parse(data), keys, now);
    claimed = result.claimed;
    return { shown: result.log };
  });
  return claimed;
};

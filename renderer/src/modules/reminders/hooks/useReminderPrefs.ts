import { useCallback } from 'react';
import { map } from 'rxjs';
import { reminderPrefsDocId, reminderPrefsSchema, type ReminderPrefs } from '../../../../../shared/reminders/reminderPrefs.ts';
import type { ReminderCategory } from '../../../../../shared/reminders/reminderTypes.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useObservable } from '../../../db/useObservable.ts';

/**
 * A member's reminder settings, kept as an RxDB local document: on this desktop only (never synced —
 * muting on the office PC should not silence the laptop), beside the data, and live, so the reminder
 * loop hears a change at once. Undefined while loading.
 */
export const useReminderPrefs = (memberId: string): [ReminderPrefs | undefined, (category: ReminderCategory, muted: boolean) => Promise<void>] => {
  const db = useDatabase();
  const id = reminderPrefsDocId(memberId);
  const prefs = useObservable(() => db.getLocal$<ReminderPrefs>(id).pipe(map((doc) => reminderPrefsSchema.parse(doc?.toJSON().data ?? null))), [db, id]);
  const setMuted = useCallback(
    async (category: ReminderCategory, muted: boolean) => {
      const current = reminderPrefsSchema.parse((await db.getLocal<ReminderPrefs>(id))?.toJSON().data ?? null);
      const others = current.muted.filter((c) => c !== category);
      await db.upsertLocal<ReminderPrefs>(id, { muted: muted ? [...others, category] : others });
    },
    [db, id],
  );
  return [prefs, setMuted];
};

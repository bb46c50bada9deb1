import { z } from 'zod';
import type { ReminderCategory } from './reminderTypes.ts';

/** A member's reminder settings on one desktop: the muted categories. */
export type ReminderPrefs = { muted: ReminderCategory[] };

const category = z.enum(['due', 'deadline', 'nudge', 'comment', 'weeklyReport']);

/**
 * Reads stored settings leniently: an unknown category (from a newer version) is dropped, anything
 * unreadable means nothing muted — a reminder too many beats one silently lost.
 */
export const reminderPrefsSchema: z.ZodType<ReminderPrefs> = z
  .object({ muted: z.array(z.unknown()).catch([]) })
  .transform(({ muted }) => ({ muted: [...new Set(muted.flatMap((m) => { const parsed = category.safeParse(m); return parsed.success ? [parsed.data] : []; }))] }))
  .catch({ muted: [] });

/** RxDB local document ids (this desktop only, never synced), per member. */
export const reminderPrefsDocId = (memberId: string): string => `reminders-prefs-${memberId}`;
export const reminderShownDocId = (memberId: string): string => `reminders-shown-${memberId}`;

/** The shown-log as stored: entries that are not instants are dropped. */
export const shownLogSchema = z
  .object({ shown: z.record(z.string(), z.unknown()).catch({}) })
  .transform(({ shown }) => Object.fromEntries(Object.entries(shown).filter((e): e is [string, number] => typeof e[1] === 'number')))
  .catch({});

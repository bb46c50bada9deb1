import { z } from 'zod';

/**
 * A synchronous copy of a report's unsaved text in localStorage, written on every keystroke. The draft
 * itself is written to the database a moment later; if the page reloads or the app dies in between, the
 * copy brings those last words back. It is dropped once the database holds the same text.
 */
const key = (reportId: string) => `salesdesk.reportDraft.${reportId}`;

const backupSchema = z.record(z.string(), z.string());

export const readDraftBackup = (reportId: string): Record<string, string> | null => {
  try {
    const parsed = backupSchema.safeParse(JSON.parse(window.localStorage.getItem(key(reportId)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export const writeDraftBackup = (reportId: string, sections: Record<string, string>): void => {
  try {
    window.localStorage.setItem(key(reportId), JSON.stringify(sections));
  } catch {
    // Storage full or disabled: the database save still runs; only the crash window is unguarded.
  }
};

/** Drops the copy if it still holds exactly `saved` (newer typing keeps it). */
export const clearDraftBackup = (reportId: string, saved: Record<string, string>): void => {
  const current = readDraftBackup(reportId);
  if (current && JSON.stringify(current) === JSON.stringify(saved)) window.localStorage.removeItem(key(reportId));
};

export const dropDraftBackup = (reportId: string): void => window.localStorage.removeItem(key(reportId));

/**
 * The report deadline as typed → 'HH:MM' (the settings schema's form), or null when it is no time of day.
 * Takes 8:30 as 08:30 and full-width input (１８：３０) from a Chinese IME; refuses 25:00, 18:60 and 1830.
 */
export const parseReportDeadline = (text: string): string | null => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
};

import type { CollectionName } from '../../../../../shared/db/collections.ts';

export type AuditFilters = { member: string; type: CollectionName | ''; from: string; to: string };

const DAY = 86_400_000;
/** Midnight of a calendar date (YYYY-MM-DD) in the team's time zone, as epoch ms. */
const dayStart = (date: string, utcOffsetMinutes: number): number => {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) - utcOffsetMinutes * 60_000;
};

/** The hub's query for the filters: dates are whole team days (到 includes its day), newest first from `before`. */
export const auditQueryString = (f: AuditFilters, utcOffsetMinutes: number, before: string | null, limit: number): string => {
  const q = new URLSearchParams();
  if (f.member) q.set('member', f.member);
  if (f.type) q.set('types', f.type);
  if (f.from) q.set('from', String(dayStart(f.from, utcOffsetMinutes)));
  if (f.to) q.set('to', String(dayStart(f.to, utcOffsetMinutes) + DAY));
  if (before) q.set('before', before);
  q.set('limit', String(limit));
  return q.toString();
};

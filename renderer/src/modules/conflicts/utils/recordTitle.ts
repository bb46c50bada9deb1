import type { ConflictCollection } from '../../../sync/conflictCollections.ts';

/** A short name for a record in the conflicts list. */
export const recordTitle = (collection: ConflictCollection, doc: Record<string, unknown>, memberNames: Map<string, string>): string => {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (collection) {
    case 'followups':
      return text(doc['summary']).slice(0, 24) || text(doc['id']);
    case 'dailyreports':
      return `${memberNames.get(text(doc['memberId'])) ?? ''} ${text(doc['date'])}`.trim();
    case 'teamsettings':
      return text(doc['teamName']);
    case 'comments':
      return text(doc['body']).slice(0, 24);
    default:
      return text(doc['name']) || text(doc['id']);
  }
};

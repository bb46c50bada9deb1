import type { CollectionName } from '../../../../../shared/db/collections.ts';
import type { HistoryFormat } from './historyFieldText.ts';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const short = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** A record named the way people know it: a follow-up by its customer and summary, a report by who and which day. */
export const recordTitleOf = (collection: CollectionName, doc: Record<string, unknown>, fmt: HistoryFormat): string => {
  const member = (id: unknown) => fmt.lookups.members.get(text(id))?.name ?? text(id);
  switch (collection) {
    case 'followups': {
      const customer = fmt.lookups.customers.get(text(doc['customerId']))?.name ?? '';
      return [customer, short(text(doc['summary']))].filter(Boolean).join(' · ') || fmt.t('recycleBin.untitled');
    }
    case 'dailyreports':
      return fmt.t('recycleBin.reportTitle', { who: member(doc['memberId']), date: text(doc['date']) });
    case 'comments':
      return short(text(doc['body']), 40) || fmt.t('recycleBin.untitled');
    case 'teamsettings':
      return text(doc['teamName']);
    case 'importbatches':
    case 'attachments':
      return text(doc['fileName']) || text(doc['name']) || text(doc['id']);
    case 'notifications':
      return short(text(doc['title']) || text(doc['body']), 40) || text(doc['id']);
    default:
      return text(doc['name']) || text(doc['id']);
  }
};

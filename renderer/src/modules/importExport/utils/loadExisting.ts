import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { ExistingData, ImportTarget } from '../../../../../shared/importer/importTypes.ts';
import { queryPlain } from '../../../db/queryPlain.ts';

const LIVE = { selector: { _deleted: { $eq: false }, trashed: { $eq: false } } };

/** What an import is compared with: every live customer, and every live follow-up when importing follow-ups. */
export const loadExisting = async (db: SalesDeskDatabase, target: ImportTarget): Promise<ExistingData> => {
  const [customers, followUps] = await Promise.all([queryPlain(db.customers, LIVE), target === 'followUps' ? queryPlain(db.followups, LIVE) : Promise.resolve([])]);
  return { customers, followUps };
};

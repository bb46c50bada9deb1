import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import { customerNameKey } from './customerNameKey.ts';

/** A customer created by name alone (typed into the grid's 客户 cell): a new lead owned by whoever created it. */
export const newCustomerFields = (id: string, name: string, ownerId: string): Omit<CustomerDoc, keyof SyncMeta> => ({
  id,
  name: name.trim(),
  nameKey: customerNameKey(name),
  shortName: '',
  industry: '',
  source: '',
  ownerId,
  stage: 'lead',
  status: 'callback',
  grade: 'C',
  healthScore: 0,
  intent: '',
  winProbability: 0,
  needClarity: 'none',
  needs: '',
  painPoints: '',
  region: '',
  address: '',
  phoneKeys: [],
  contacts: [],
  competitors: [],
  evidence: [],
  lastFollowedAt: 0,
  nextDate: '',
  remark: '',
  custom: {},
  importBatchId: '',
});

import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { descKey } from '../../shared/db/schemas/followUpSchema.ts';
import type { SyncMeta } from '../../shared/sync/syncMeta.ts';

/** A valid follow-up (without sync metadata) for integration tests. */
export const sampleFollowUp = (id: string, ownerId: string, patch: Partial<FollowUpDoc> = {}): Omit<FollowUpDoc, keyof SyncMeta> => {
  const followedAt = Date.UTC(2026, 10, 20, 2, 0);
  return {
    id, customerId: 'c1', contactId: '', followedAt, followedDesc: descKey(followedAt), method: 'phone', summary: '电话沟通',
    status: 'callback', stage: 'contact', nextDate: '', nextAction: '', nextOwnerId: '', ownerId, remark: '', custom: {}, importBatchId: '',
    ...patch,
  };
};

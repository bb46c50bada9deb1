import type { Contact, CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { descKey } from '../db/schemas/followUpSchema.ts';
import { newCustomerFields } from '../domain/newCustomerFields.ts';

/** Test data for the 客户 list's logic: stored-shape customers and follow-ups with only what a test sets. */
export const contactOf = (id: string, name: string, patch: Partial<Contact> = {}): Contact => ({ id, name, title: '', phone: '', wechat: '', email: '', roles: [], note: '', ...patch });

export const customerOf = (id: string, name: string, patch: Partial<CustomerDoc> = {}): CustomerDoc => ({
  ...newCustomerFields(id, name, 'rep1'),
  createdAt: 1, createdBy: 'rep1', updatedAt: 1, updatedBy: 'rep1', trashed: false, clock: {}, conflicts: [],
  ...patch,
});

export const followUpOf = (id: string, customerId: string, patch: Partial<FollowUpDoc> = {}): FollowUpDoc => {
  const followedAt = patch.followedAt ?? 1_000;
  return {
    id, customerId, contactId: '', followedAt, followedDesc: descKey(followedAt), method: 'phone', summary: '', status: 'callback', stage: 'lead',
    nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'rep1', remark: '', custom: {}, importBatchId: '',
    createdAt: 1, createdBy: 'rep1', updatedAt: 1, updatedBy: 'rep1', trashed: false, clock: {}, conflicts: [],
    ...patch,
  };
};

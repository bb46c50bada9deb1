import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { canWrite } from '../../../../../shared/sync/canWrite.ts';
import { useProfile } from '../../../db/ProfileContext.ts';
import { useMembers } from '../../../db/useMembers.ts';

/** `ready` once the members are read: until then nothing is said about who may edit. */
export type CustomerAccess = { ready: boolean; canEdit: boolean; me: MemberDoc | undefined; members: readonly MemberDoc[] };

/**
 * Whether this member may change the customer, by the hub's own rule (canWrite: a rep only their own
 * customers, managers and admins all), so the page never offers an edit the hub would refuse.
 */
export const useCustomerAccess = (customer: CustomerDoc | null | undefined): CustomerAccess => {
  const { memberId } = useProfile();
  const loaded = useMembers();
  const members = loaded ?? [];
  const me = members.find((m) => m.id === memberId);
  const canEdit = !!customer && !!me && !customer.mergedInto && canWrite('customers', { memberId, role: me.role }, customer, { ...customer });
  return { ready: loaded !== undefined, canEdit, me, members };
};

import type { CollectionName } from '../db/collections.ts';
import type { Role } from '../domain/roles.ts';

/**
 * 销售只看自己的客户: what one rep may see while the team setting is on. Managers and admins see all.
 * `customers` is the rep's visible customers: those they own (ownerId) or follow — they are the 责任人
 * (ownerId) of at least one follow-up of that customer, in 回收站 or not. `followUps` is the visible
 * follow-ups: their own, and every follow-up of a visible customer.
 */
export type VisibilityScope = { memberId: string; customers: ReadonlySet<string>; followUps: ReadonlySet<string> };

type Doc = Record<string, unknown>;

/** A daily report's id is `${memberId}_${date}`, so a comment on one names its author. */
const ownReport = (reportId: unknown, memberId: string): boolean => typeof reportId === 'string' && reportId.startsWith(`${memberId}_`);

const targetVisible = (type: unknown, id: unknown, s: VisibilityScope): boolean => {
  if (typeof id !== 'string') return false;
  if (type === 'customer' || type === 'evidence') return s.customers.has(id);
  if (type === 'followUp') return s.followUps.has(id);
  if (type === 'dailyReport') return ownReport(id, s.memberId);
  return false;
};

/** Per collection: may the scope's rep see this document? (Team-wide collections: always.) */
const rules: Record<CollectionName, (d: Doc, s: VisibilityScope) => boolean> = {
  members: () => true,
  teamsettings: () => true,
  customers: (d, s) => d['ownerId'] === s.memberId || s.customers.has(String(d['id'])),
  followups: (d, s) => d['ownerId'] === s.memberId || s.customers.has(String(d['customerId'])),
  comments: (d, s) => d['authorId'] === s.memberId || targetVisible(d['targetType'], d['targetId'], s),
  attachments: (d, s) => d['createdBy'] === s.memberId || targetVisible(d['ownerType'], d['ownerId'], s),
  // 日报 name the customers of the day: under the rule a rep sees only their own.
  dailyreports: (d, s) => d['memberId'] === s.memberId,
  notifications: (d, s) => d['recipientId'] === s.memberId || d['senderId'] === s.memberId,
  // Shared views are the team's; they hold filters, not records.
  savedviews: (d, s) => d['ownerId'] === s.memberId || d['shared'] === true,
  // A batch's undo list keeps earlier values of the records it changed.
  importbatches: (d, s) => d['createdBy'] === s.memberId,
};

export const visibleTo = (collection: CollectionName, doc: Doc, scope: VisibilityScope | null): boolean => scope === null || rules[collection](doc, scope);

/** Collections whose visibility follows the customer set (a reassignment changes them). */
export const customerBoundCollections = ['customers', 'followups', 'comments', 'attachments'] as const satisfies readonly CollectionName[];

/** Collections some rep may not see while the rule is on (members and team settings always go to everyone). */
export const filteredCollections = ['customers', 'followups', 'comments', 'attachments', 'dailyreports', 'notifications', 'savedviews', 'importbatches'] as const satisfies readonly CollectionName[];

/** Whether the rule applies to a member: only reps, only while the team setting is on. */
export const ruleApplies = (role: Role, repsSeeOwnOnly: boolean): boolean => repsSeeOwnOnly && role === 'rep';

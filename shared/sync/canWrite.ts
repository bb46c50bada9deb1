import type { CollectionName } from '../db/collections.ts';
import type { Role } from '../domain/roles.ts';
import { sameJson } from './canonicalJson.ts';
import { unclockedFields } from './syncMeta.ts';

export type Writer = { memberId: string; role: Role };
type Doc = Record<string, unknown>;

/** Fields whose value differs between the current master and the proposed document. */
export const changedFields = (master: Doc | undefined, next: Doc): string[] =>
  [...new Set([...Object.keys(master ?? {}), ...Object.keys(next)])].filter(
    (f) => !unclockedFields.has(f) && !sameJson(master?.[f], next[f]),
  );

const onlyChanges = (master: Doc | undefined, next: Doc, allowed: readonly string[]): boolean =>
  master !== undefined && changedFields(master, next).every((f) => allowed.includes(f));

const owns = (field: string, w: Writer, master: Doc | undefined, next: Doc): boolean =>
  next[field] === w.memberId && (master === undefined || master[field] === w.memberId);

/** Rules per collection for a 销售 (rep); admins write everything, managers all but settings and members. */
const repRules: Record<CollectionName, (w: Writer, master: Doc | undefined, next: Doc) => boolean> = {
  members: (w, m, n) => n['id'] === w.memberId && onlyChanges(m, n, ['phone', 'email']),
  customers: (w, m, n) => owns('ownerId', w, m, n),
  followups: (w, m, n) => owns('ownerId', w, m, n),
  dailyreports: (w, m, n) => owns('memberId', w, m, n),
  comments: (w, m, n) => owns('authorId', w, m, n) || onlyChanges(m, n, ['readBy']),
  teamsettings: () => false,
  savedviews: (w, m, n) => owns('ownerId', w, m, n),
  importbatches: () => false,
  notifications: (w, m, n) => (m === undefined && n['senderId'] === w.memberId) || (n['recipientId'] === w.memberId && onlyChanges(m, n, ['readAt'])),
  attachments: (w, m) => m === undefined || m['createdBy'] === w.memberId,
};

/**
 * Whether a member may turn `master` into `next`. The hub enforces this on every push; the UI uses
 * the same rules to disable what would be refused.
 */
export const canWrite = (collection: CollectionName, writer: Writer, master: Doc | undefined, next: Doc): boolean => {
  if (writer.role === 'admin') return true;
  if (writer.role === 'manager') return collection !== 'teamsettings' && collection !== 'members';
  return repRules[collection](writer, master, next);
};

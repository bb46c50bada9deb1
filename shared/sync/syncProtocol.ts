import { z } from 'zod';
import { collectionNames, type CollectionName } from '../db/collections.ts';

/** Version of the sync messages below; the hub refuses clients that speak another. */
export const SYNC_PROTOCOL = 1;
export const SYNC_PATH = '/api/sync';
/** Largest message either side accepts; pushes are batched well below it. */
export const MAX_SYNC_MESSAGE_BYTES = 8 * 1024 * 1024;
export const MAX_PUSH_ROWS = 500;
export const MAX_PULL_LIMIT = 5000;

const collection = z.enum(collectionNames as [CollectionName, ...CollectionName[]]);
/** A replicated document: validated against its collection schema by the hub, so only the shape here. */
const doc = z.looseObject({ id: z.string().min(1).max(80), _deleted: z.boolean() });
export type WireDoc = z.infer<typeof doc>;
const checkpoint = z.object({ seq: z.number().int().min(0) });
export type SyncCheckpoint = z.infer<typeof checkpoint>;
/** The cell a teammate's open editor is on. Presence is ephemeral: relayed by the hub, never stored. */
const editingCell = z.object({ collection, id: z.string().min(1).max(80), field: z.string().min(1).max(120) });
export type EditingCell = z.infer<typeof editingCell>;

export const clientMessageSchema = z.discriminatedUnion('t', [
  // Any version parses, so a desktop of another version is told to upgrade rather than "bad message".
  z.object({ t: z.literal('hello'), protocol: z.number().int(), token: z.string().min(16).max(200), deviceId: z.string().min(1).max(80) }),
  z.object({ t: z.literal('pull'), rid: z.number().int(), collection, afterSeq: z.number().int().min(0), limit: z.number().int().min(1).max(MAX_PULL_LIMIT) }),
  z.object({
    t: z.literal('push'),
    rid: z.number().int(),
    collection,
    rows: z.array(z.object({ assumedMasterState: doc.nullable(), newDocumentState: doc })).min(1).max(MAX_PUSH_ROWS),
    /**
     * Set by a replica that loaded this collection from a snapshot up to this sequence: rows without
     * an assumed master are then based on the hub's revision at that point, not "new".
     */
    baseSeq: z.number().int().min(0).optional(),
  }),
  // No identity here: the hub stamps member and device from the authenticated session (extra keys are stripped).
  z.object({ t: z.literal('presence'), editing: editingCell.nullable() }),
  /** A rep's replica under 销售只看自己的客户 lists ids it holds; the hub answers `hide` with those it may no longer see. */
  z.object({ t: z.literal('holding'), rid: z.number().int(), collection, ids: z.array(z.string().min(1).max(80)).max(MAX_PULL_LIMIT) }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const syncErrorCodes = ['badMessage', 'unauthorized', 'revoked', 'forbidden', 'invalidDocument', 'tooLarge', 'failed'] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

export const hubMessageSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('welcome'),
    hubId: z.string(),
    epoch: z.string(),
    member: z.object({ id: z.string(), role: z.enum(['admin', 'manager', 'rep']) }),
    serverTime: z.number(),
    /** True while 销售只看自己的客户 limits what this member receives (shared/sync/visibility.ts). */
    restricted: z.boolean().optional(),
  }),
  z.object({ t: z.literal('pulled'), rid: z.number().int(), documents: z.array(doc), checkpoint }),
  z.object({ t: z.literal('pushed'), rid: z.number().int(), conflicts: z.array(doc) }),
  z.object({ t: z.literal('change'), collection, documents: z.array(doc), checkpoint }),
  /**
   * Documents this member may no longer see (a reassignment, the visibility rule switched on): the replica
   * deletes them as if the hub had, never pushing a deletion. `checkpoint` is the one it already has.
   */
  z.object({ t: z.literal('hide'), rid: z.number().int().optional(), collection, ids: z.array(z.string().min(1).max(80)), checkpoint }),
  /** Documents that just became visible to this member (a customer reassigned to them, with its history). */
  z.object({ t: z.literal('reveal'), collection, documents: z.array(doc) }),
  /** A teammate's session opened (editing) or closed (null) an editor; `session` is the hub's id for that socket. */
  z.object({ t: z.literal('presence'), session: z.string().max(40), memberId: z.string(), deviceId: z.string(), editing: editingCell.nullable(), at: z.number() }),
  z.object({ t: z.literal('error'), rid: z.number().int().optional(), code: z.enum(syncErrorCodes), message: z.string() }),
]);
export type HubMessage = z.infer<typeof hubMessageSchema>;

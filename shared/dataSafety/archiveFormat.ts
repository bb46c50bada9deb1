import { z } from 'zod';
import { sha256Schema } from '../attachments/blobProtocol.ts';
import { collectionNames } from '../db/collections.ts';

/**
 * The team archive (导出归档): gzip of NDJSON, one record a line, so a hub writes and reads it as a
 * stream. Order: one header; every accepted revision in commit order (seq ascending); every current
 * master (each names the revision it is); every attachment blob (base64); one end line with the
 * counts, so a truncated file is caught.
 */
export const ARCHIVE_FORMAT = 'salesdesk-team-archive';
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_EXTENSION = '.archive';

const collection = z.enum(collectionNames);
const doc = z.looseObject({ id: z.string().min(1).max(80), _deleted: z.boolean() });
const counts = z.object({ revisions: z.number().int().min(0), docs: z.number().int().min(0), blobs: z.number().int().min(0) });

export const archiveHeaderSchema = z.object({
  t: z.literal('header'),
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  hubId: z.string().min(1),
  epoch: z.string().min(1),
  exportedAt: z.number().int().min(0),
});

export const archiveRecordSchema = z.discriminatedUnion('t', [
  archiveHeaderSchema,
  z.object({
    t: z.literal('revision'),
    seq: z.number().int().min(1),
    collection,
    id: z.string().min(1).max(80),
    memberId: z.string(),
    deviceId: z.string(),
    at: z.number(),
    doc,
  }),
  z.object({ t: z.literal('doc'), collection, seq: z.number().int().min(1), doc }),
  z.object({ t: z.literal('blob'), sha256: sha256Schema, size: z.number().int().min(0), base64: z.string() }),
  z.object({ t: z.literal('end'), counts }),
]);

export type ArchiveRecord = z.infer<typeof archiveRecordSchema>;
export type ArchiveHeader = z.infer<typeof archiveHeaderSchema>;
export type ArchiveCounts = z.infer<typeof counts>;

/** One record as its line (with the newline). */
export const archiveLine = (record: ArchiveRecord): string => `${JSON.stringify(record)}\n`;

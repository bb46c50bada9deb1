import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { idField, refField } from './fieldTypes.ts';

/** Metadata of a file kept by the hub's blob store (contracts, screenshots); the bytes never enter RxDB. */
export type AttachmentDoc = SyncMeta & {
  id: string;
  ownerType: 'customer' | 'followUp' | 'evidence';
  ownerId: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
};

export const attachmentSchema: RxJsonSchema<AttachmentDoc> = {
  title: 'attachment',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    ownerType: { type: 'string', enum: ['customer', 'followUp', 'evidence'], maxLength: 12 },
    ownerId: refField,
    fileName: { type: 'string', maxLength: 260 },
    mime: { type: 'string', maxLength: 120 },
    size: { type: 'number', minimum: 0, maximum: 1e9 },
    sha256: { type: 'string', maxLength: 64 },
    ...syncMetaProperties,
  },
  required: ['id', 'ownerType', 'ownerId', 'fileName', 'size', 'sha256', ...syncMetaRequired],
  indexes: ['ownerId'],
};

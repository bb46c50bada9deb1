import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import type { ReadReceipt } from './dailyReportSchema.ts';
import { idField, instantField, refField } from './fieldTypes.ts';

export type CommentTarget = 'dailyReport' | 'followUp' | 'customer';

/** 批注 / 点评: a note on a report, follow-up or customer, with @mentions. */
export type CommentDoc = SyncMeta & {
  id: string;
  targetType: CommentTarget;
  targetId: string;
  authorId: string;
  body: string;
  mentions: string[];
  /** '' for a top-level comment, otherwise the comment it replies to. */
  parentId: string;
  readBy: ReadReceipt[];
};

export const commentSchema: RxJsonSchema<CommentDoc> = {
  title: 'comment',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    targetType: { type: 'string', enum: ['dailyReport', 'followUp', 'customer'], maxLength: 20 },
    targetId: { type: 'string', maxLength: 60 },
    authorId: refField,
    body: { type: 'string', maxLength: 5000 },
    mentions: { type: 'array', items: idField },
    parentId: refField,
    readBy: {
      type: 'array',
      items: { type: 'object', properties: { memberId: idField, at: instantField }, required: ['memberId', 'at'] },
    },
    ...syncMetaProperties,
  },
  required: ['id', 'targetType', 'targetId', 'authorId', 'body', 'mentions', ...syncMetaRequired],
  indexes: [['targetId', 'createdAt']],
};

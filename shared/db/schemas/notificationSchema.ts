import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { instantField, refField } from './fieldTypes.ts';

export type NotificationKind = 'nudge' | 'mention' | 'comment' | 'due' | 'deadline' | 'gradeA' | 'weeklyReport';

/** A message for one member (催交, @mention, grade change…); synced so it reaches them on any desktop. */
export type NotificationDoc = SyncMeta & {
  id: string;
  recipientId: string;
  senderId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  targetType: string;
  targetId: string;
  /** 0 while unread. */
  readAt: number;
};

export const notificationSchema: RxJsonSchema<NotificationDoc> = {
  title: 'notification',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 80 },
    recipientId: refField,
    senderId: refField,
    kind: {
      type: 'string',
      enum: ['nudge', 'mention', 'comment', 'due', 'deadline', 'gradeA', 'weeklyReport'],
      maxLength: 20,
    },
    title: { type: 'string', maxLength: 200 },
    body: { type: 'string', maxLength: 2000 },
    targetType: { type: 'string', maxLength: 20 },
    targetId: { type: 'string', maxLength: 80 },
    readAt: instantField,
    ...syncMetaProperties,
  },
  required: ['id', 'recipientId', 'kind', 'title', 'readAt', ...syncMetaRequired],
  indexes: [['recipientId', 'createdAt']],
};


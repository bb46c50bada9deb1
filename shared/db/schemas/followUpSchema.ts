import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { amountField, customValues, dateField, idField, instantField, longText, refField, type CustomValue } from './fieldTypes.ts';

/** Dexie never scans an index backwards, so "newest first" sorts ascending on this inverted key. */
export const DESC_BASE = 9e15;
export const descKey = (instant: number): number => DESC_BASE - instant;

/** 跟进记录: one row of the 销售跟进表. */
export type FollowUpDoc = SyncMeta & {
  id: string;
  customerId: string;
  contactId: string;
  /** 跟进时间 (epoch ms) and its inverted sort key. */
  followedAt: number;
  followedDesc: number;
  method: string;
  summary: string;
  status: string;
  stage: string;
  /** Amount quoted or signed in this follow-up (¥), absent when none. */
  amount?: number;
  /** 下一步计划: date ('' = none), action and who does it. */
  nextDate: string;
  nextAction: string;
  nextOwnerId: string;
  /** 责任人. */
  ownerId: string;
  remark: string;
  custom: Record<string, CustomValue>;
  importBatchId: string;
};

export const followUpSchema: RxJsonSchema<FollowUpDoc> = {
  title: 'follow-up',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    customerId: refField,
    contactId: refField,
    followedAt: instantField,
    followedDesc: instantField,
    method: refField,
    summary: { type: 'string', maxLength: 20000 },
    status: refField,
    stage: refField,
    amount: amountField,
    nextDate: dateField,
    nextAction: { type: 'string', maxLength: 2000 },
    nextOwnerId: refField,
    ownerId: refField,
    remark: longText,
    custom: customValues,
    importBatchId: refField,
    ...syncMetaProperties,
  },
  required: [
    'id',
    'customerId',
    'followedAt',
    'followedDesc',
    'method',
    'summary',
    'status',
    'stage',
    'nextDate',
    'ownerId',
    ...syncMetaRequired,
  ],
  indexes: [
    'followedDesc',
    ['customerId', 'followedAt'],
    ['ownerId', 'followedDesc'],
    ['nextDate', 'followedDesc'],
    // Counts and the default "newest first" view skip the recycle bin without reading every row.
    ['trashed', 'followedDesc'],
  ],
};

import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { dateField, idField, instantField, refField } from './fieldTypes.ts';

export type ReportStatus = 'draft' | 'submitted';
export type ReportEdit = { at: number; by: string; fields: string[] };
export type ReadReceipt = { memberId: string; at: number };

/**
 * 销售日报. The id is `${memberId}_${date}`, so two desktops that start the same rep's report for the same
 * day write one document (merged field by field) instead of two.
 */
export type DailyReportDoc = SyncMeta & {
  id: string;
  memberId: string;
  date: string;
  status: ReportStatus;
  /** 0 until submitted. */
  submittedAt: number;
  /** Minutes after the team deadline (0 = on time). */
  lateMinutes: number;
  /** Computed numbers frozen at submission (metric id → value). */
  metrics: Record<string, number>;
  /** Typed sections (section id → text). */
  sections: Record<string, string>;
  /** The template the report was written against, so later template edits never change it. */
  templateVersion: number;
  edits: ReportEdit[];
  readBy: ReadReceipt[];
};

export const dailyReportId = (memberId: string, date: string): string => `${memberId}_${date}`;

export const dailyReportSchema: RxJsonSchema<DailyReportDoc> = {
  title: 'daily report',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 60 },
    memberId: refField,
    date: dateField,
    status: { type: 'string', enum: ['draft', 'submitted'], maxLength: 10 },
    submittedAt: instantField,
    lateMinutes: { type: 'number', minimum: 0 },
    metrics: { type: 'object', additionalProperties: { type: 'number' } },
    sections: { type: 'object', additionalProperties: { type: 'string', maxLength: 20000 } },
    templateVersion: { type: 'number', minimum: 0 },
    edits: {
      type: 'array',
      items: {
        type: 'object',
        properties: { at: instantField, by: refField, fields: { type: 'array', items: { type: 'string' } } },
        required: ['at', 'by', 'fields'],
      },
    },
    readBy: {
      type: 'array',
      items: {
        type: 'object',
        properties: { memberId: idField, at: instantField },
        required: ['memberId', 'at'],
      },
    },
    ...syncMetaProperties,
  },
  required: ['id', 'memberId', 'date', 'status', 'submittedAt', 'metrics', 'sections', ...syncMetaRequired],
  indexes: [['date', 'memberId'], ['memberId', 'date']],
};

import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { idField, instantField } from './fieldTypes.ts';

export type ImportKind = 'followUps' | 'customers';
export type ImportStatus = 'committing' | 'committed' | 'undone';
export type ImportCounts = { created: number; updated: number; unchanged: number; rejected: number };

/** One import of an Excel/CSV file; every record it wrote carries its id so it can be undone in one step. */
export type ImportBatchDoc = SyncMeta & {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileSize: number;
  sheetName: string;
  status: ImportStatus;
  counts: ImportCounts;
  /** Signature of the header layout, so the column mapping is remembered for files shaped alike. */
  layoutKey: string;
  mapping: Record<string, string>;
  finishedAt: number;
  /** What undoing the batch puts back: the previous values of the fields it changed on existing records. */
  undo?: ImportUndoEntry[];
};

export type ImportUndoEntry = { collection: 'followups' | 'customers'; id: string; before: Record<string, unknown> };

export const importBatchSchema: RxJsonSchema<ImportBatchDoc> = {
  title: 'import batch',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: ['followUps', 'customers'], maxLength: 20 },
    fileName: { type: 'string', maxLength: 260 },
    fileSize: { type: 'number', minimum: 0 },
    sheetName: { type: 'string', maxLength: 100 },
    status: { type: 'string', enum: ['committing', 'committed', 'undone'], maxLength: 12 },
    counts: {
      type: 'object',
      properties: {
        created: { type: 'number' },
        updated: { type: 'number' },
        unchanged: { type: 'number' },
        rejected: { type: 'number' },
      },
      required: ['created', 'updated', 'unchanged', 'rejected'],
    },
    layoutKey: { type: 'string', maxLength: 100 },
    mapping: { type: 'object', additionalProperties: { type: 'string' } },
    finishedAt: instantField,
    undo: {
      type: 'array',
      items: {
        type: 'object',
        properties: { collection: { type: 'string', enum: ['followups', 'customers'] }, id: idField, before: { type: 'object' } },
        required: ['collection', 'id', 'before'],
      },
    },
    ...syncMetaProperties,
  },
  required: ['id', 'kind', 'fileName', 'status', 'counts', ...syncMetaRequired],
};

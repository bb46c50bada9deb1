import type { RxJsonSchema } from 'rxdb';
import { syncMetaProperties, syncMetaRequired, type SyncMeta } from '../../sync/syncMeta.ts';
import { idField, refField } from './fieldTypes.ts';

export type ViewTarget = 'followUps' | 'customers';

/** A saved grid view: filters, sorts, columns and grouping, personal or shared with the team. */
export type SavedViewDoc = SyncMeta & {
  id: string;
  name: string;
  target: ViewTarget;
  ownerId: string;
  shared: boolean;
  order: number;
  /** The grid state as the grid serializes it (validated by the grid's own zod schema on load). */
  state: Record<string, unknown>;
};

export const savedViewSchema: RxJsonSchema<SavedViewDoc> = {
  title: 'saved view',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: { type: 'string', maxLength: 60 },
    target: { type: 'string', enum: ['followUps', 'customers'], maxLength: 20 },
    ownerId: refField,
    shared: { type: 'boolean' },
    order: { type: 'number' },
    state: { type: 'object' },
    ...syncMetaProperties,
  },
  required: ['id', 'name', 'target', 'ownerId', 'shared', 'state', ...syncMetaRequired],
};

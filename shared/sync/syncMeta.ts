import type { Hlc } from './hlc.ts';

/**
 * A same-field edit that lost the merge: kept on the document until someone resolves it. It stays
 * "live" while the field's clock is still `winnerClock`; any later edit of the field settles it.
 */
export type FieldConflict = {
  field: string;
  value?: unknown;
  clock: Hlc;
  winnerClock: Hlc;
  by: string;
  at: number;
};

/** What every replicated document carries for sync, history and the recycle bin. */
export type SyncMeta = {
  createdAt: number;
  createdBy: string;
  updatedAt: number;
  updatedBy: string;
  /** Soft delete: the row goes to 回收站 and can be restored; RxDB's own _deleted is for purging. Clocked like a field. */
  trashed: boolean;
  trashedAt?: number;
  /**
   * Per-field hybrid logical clock of the last accepted edit. `*` is the clock of every field present
   * without an entry of its own: a new row stores one stamp, not one per field (half the bytes to sync).
   */
  clock: Record<string, Hlc>;
  conflicts: FieldConflict[];
};

export const syncMetaFields = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'trashed', 'trashedAt', 'clock', 'conflicts'] as const;

/** Fields that describe the write rather than the record: never clocked, merged by their own rules. */
export const unclockedFields: ReadonlySet<string> = new Set(['id', '_deleted', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'clock', 'conflicts']);

/** The clock entry shared by the fields a document was created with. */
export const CREATED_CLOCK = '*';

/** The clock of `field` on a document: its own entry, else the creation stamp if present, else none. */
export const fieldClock = (doc: { clock: Record<string, Hlc> } & object, field: string): Hlc =>
  doc.clock[field] ?? (field in doc ? doc.clock[CREATED_CLOCK] : undefined) ?? '';

const instant = { type: 'number', minimum: 0, maximum: 9e15, multipleOf: 1 } as const;
const memberRef = { type: 'string', maxLength: 40 } as const;

/** JSON-schema properties of SyncMeta, spread into every collection schema. */
export const syncMetaProperties = {
  createdAt: instant,
  createdBy: memberRef,
  updatedAt: instant,
  updatedBy: memberRef,
  trashed: { type: 'boolean' },
  trashedAt: instant,
  clock: { type: 'object', additionalProperties: { type: 'string', maxLength: 80 } },
  conflicts: {
    type: 'array',
    items: {
      type: 'object',
      properties: {
        field: { type: 'string', maxLength: 80 },
        value: {},
        clock: { type: 'string', maxLength: 80 },
        winnerClock: { type: 'string', maxLength: 80 },
        by: memberRef,
        at: instant,
      },
      required: ['field', 'clock', 'winnerClock', 'by', 'at'],
    },
  },
} as const;

export const syncMetaRequired = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'trashed', 'clock', 'conflicts'] as const;

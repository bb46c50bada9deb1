import { sameJson } from './canonicalJson.ts';
import { syncMetaFields } from './syncMeta.ts';
import type { HistoryRevision } from './teamApiSchemas.ts';

export type FieldChange = { field: string; from: unknown; to: unknown };

/** created: the first revision; trashed/restored: into or out of 回收站; deleted: purged; changed: fields edited. */
export type HistoryEntryKind = 'created' | 'changed' | 'trashed' | 'restored' | 'deleted';

export type HistoryEntry = { seq: number; at: number; memberId: string; deviceId: string; kind: HistoryEntryKind; changes: FieldChange[] };

export type HistoryDiffOptions = {
  /** False when the hub left out older revisions: the first one is then only the baseline of the next. */
  complete: boolean;
  /** Fields derived from others (a sort key), not worth showing. */
  ignore?: readonly string[];
};

type Doc = Record<string, unknown>;

// Sync metadata describes the write (who, when, clocks, conflicts), not the record: the entry already says who and when.
const alwaysIgnored: readonly string[] = ['id', '_deleted', ...syncMetaFields];

const isPlainObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Field → value, one level of plain objects flattened ("custom" → "custom.<key>") so a custom field reads as its own column. */
const flatten = (doc: Doc, ignored: ReadonlySet<string>): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(doc)) {
    if (ignored.has(key)) continue;
    if (isPlainObject(value)) for (const [sub, v] of Object.entries(value)) out.set(`${key}.${sub}`, v);
    else out.set(key, value);
  }
  return out;
};

const fieldChanges = (before: Doc, after: Doc, ignored: ReadonlySet<string>): FieldChange[] => {
  const from = flatten(before, ignored);
  const to = flatten(after, ignored);
  return [...new Set([...from.keys(), ...to.keys()])]
    .filter((field) => !sameJson(from.get(field), to.get(field)))
    .map((field) => ({ field, from: from.get(field), to: to.get(field) }));
};

const gone = (doc: Doc): boolean => doc['_deleted'] === true;
const inTrash = (doc: Doc): boolean => doc['trashed'] === true;

const kindOf = (before: Doc | null, after: Doc): HistoryEntryKind => {
  if (!before) return 'created';
  if (gone(after) && !gone(before)) return 'deleted';
  if (inTrash(after) && !inTrash(before)) return 'trashed';
  if ((inTrash(before) && !inTrash(after)) || (gone(before) && !gone(after))) return 'restored';
  return 'changed';
};

/**
 * The hub's revisions of one record (oldest first) as what people did: who changed which field from
 * what to what, when and from which desktop. Revisions that changed only sync metadata (a merge that
 * settled a conflict clock, say) are left out. Oldest first, like the revisions.
 */
export const historyDiff = (revisions: readonly HistoryRevision[], options: HistoryDiffOptions): HistoryEntry[] => {
  const ignored = new Set([...alwaysIgnored, ...(options.ignore ?? [])]);
  const entries: HistoryEntry[] = [];
  let before: Doc | null = null;
  revisions.forEach((r, i) => {
    if (i > 0 || options.complete) {
      const kind = kindOf(before, r.doc);
      const changes = before ? fieldChanges(before, r.doc, ignored) : [];
      if (kind !== 'changed' || changes.length > 0) entries.push({ seq: r.seq, at: r.at, memberId: r.memberId, deviceId: r.deviceId, kind, changes });
    }
    before = r.doc;
  });
  return entries;
};

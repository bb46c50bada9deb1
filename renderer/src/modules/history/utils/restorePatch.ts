import type { CollectionName } from '../../../../../shared/db/collections.ts';
import { descKey } from '../../../../../shared/db/schemas/followUpSchema.ts';
import { customerNameKey } from '../../../../../shared/domain/customerNameKey.ts';
import { sameJson } from '../../../../../shared/sync/canonicalJson.ts';
import { syncMetaFields } from '../../../../../shared/sync/syncMeta.ts';

type Doc = Record<string, unknown>;
/** Field → value to write; undefined clears an optional field (patchManyStamped drops it). */
export type RestorePatch = Record<string, unknown>;

// Written by the app as a record of who did what (a report's edit log, read receipts): never rolled back.
const KEPT_AS_IS = new Set(['id', '_deleted', ...syncMetaFields, 'edits', 'readBy']);

/** Fields derived from another one travel with it, or the record would disagree with itself. */
const withDerived = (collection: CollectionName, patch: RestorePatch): RestorePatch => {
  const out = { ...patch };
  if (collection === 'followups' && typeof patch['followedAt'] === 'number') out['followedDesc'] = descKey(patch['followedAt']);
  if (collection === 'customers' && typeof patch['name'] === 'string') out['nameKey'] = customerNameKey(patch['name']);
  return out;
};

const isPlainObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Puts one field (a flattened "custom.<key>" / "sections.<key>" too) back to `value` on the current record. */
export const fieldRestorePatch = (collection: CollectionName, current: Doc, field: string, value: unknown): RestorePatch => {
  const dot = field.indexOf('.');
  if (dot < 0) return withDerived(collection, { [field]: value });
  const top = field.slice(0, dot);
  const key = field.slice(dot + 1);
  const inner: Doc = { ...(isPlainObject(current[top]) ? current[top] : {}) };
  if (value === undefined) delete inner[key];
  else inner[key] = value;
  return { [top]: inner };
};

/** Every field the version holds differently from the current record (the recycle-bin state stays as it is). */
export const versionRestorePatch = (current: Doc, version: Doc): RestorePatch => {
  const fields = new Set([...Object.keys(current), ...Object.keys(version)].filter((f) => !KEPT_AS_IS.has(f)));
  const patch: RestorePatch = {};
  for (const field of fields) if (!sameJson(current[field], version[field])) patch[field] = version[field];
  return patch;
};

/** What undoes a patch: each field's value on the record before it was written. */
export const undoPatchOf = (current: Doc, patch: RestorePatch): RestorePatch => Object.fromEntries(Object.keys(patch).map((f) => [f, current[f]]));

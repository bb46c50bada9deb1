import { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { canonicalJson } from '../../../shared/sync/canonicalJson.ts';
import type { Acked } from './faultClient.ts';

/**
 * The evidence every fault test ends with, read straight from the hub's SQLite file (the hub may be a
 * killed process): every acknowledged revision is among the hub's revisions, and the file is whole.
 */
export type HubFileFacts = {
  /** Canonical JSON of every stored revision, by collection/id. */
  revisions: Map<string, string[]>;
  /** Current masters by collection/id (canonical JSON). */
  masters: Map<string, string>;
  maxSeq: number;
};

export const key = (collection: string, id: string): string => `${collection}/${id}`;

/** Reads the hub's data file read-only (safe while a hub process holds it: SQLite WAL readers never block). */
export const readHubFile = (file: string): HubFileFacts => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const revisions = new Map<string, string[]>();
    for (const row of db.prepare('SELECT collection, id, data FROM revisions ORDER BY seq').all()) {
      const k = key(String(row['collection']), String(row['id']));
      revisions.set(k, [...(revisions.get(k) ?? []), String(row['data'])]);
    }
    const masters = new Map(db.prepare('SELECT collection, id, data FROM docs').all().map((r) => [key(String(r['collection']), String(r['id'])), String(r['data'])]));
    const maxSeq = Number(db.prepare('SELECT coalesce(max(seq), 0) AS n FROM revisions').get()?.['n'] ?? 0);
    return { revisions, masters, maxSeq };
  } finally {
    db.close();
  }
};

const BOOKKEEPING = new Set(['clock', 'conflicts', 'updatedAt', 'updatedBy']);

/**
 * A merged (rebased) row is kept when every value it carried is in some stored revision of the
 * record, as the field's value or as a kept conflict.
 */
const mergedKept = (revisions: readonly string[], doc: Record<string, unknown>): boolean => {
  const stored = revisions.map((r) => JSON.parse(r) as Record<string, unknown> & { conflicts?: { field: string; value?: unknown }[] });
  return Object.entries(doc)
    .filter(([field]) => !BOOKKEEPING.has(field))
    .every(([field, value]) =>
      stored.some((r) => canonicalJson(r[field] ?? null) === canonicalJson(value ?? null) || (r.conflicts ?? []).some((c) => c.field === field && canonicalJson(c.value ?? null) === canonicalJson(value ?? null))),
    );
};

/**
 * Every revision the hub acknowledged is stored, byte for byte (canonical JSON), or for a row the hub
 * merged on the client's behalf, every value it carried. Returns how many were checked.
 */
export const expectAckedStored = (facts: HubFileFacts, acked: readonly Acked[]): number => {
  const missing = acked.filter((a) => {
    const revisions = facts.revisions.get(key(a.collection, a.doc.id)) ?? [];
    return !revisions.includes(canonicalJson(a.doc)) && !(a.rebased && mergedKept(revisions, a.doc));
  });
  const first = missing[0];
  const detail = first ? ` — e.g. ${canonicalJson(first.doc)} (rebased: ${Boolean(first.rebased)}) vs stored ${JSON.stringify(facts.revisions.get(key(first.collection, first.doc.id)) ?? [])}` : '';
  expect(missing.map((a) => key(a.collection, a.doc.id)), `acknowledged revisions missing on the hub${detail.slice(0, 3000)}`).toEqual([]);
  return acked.length;
};

/** SQLite's integrity check passes and every master is its document's newest revision. */
export const expectStoreWhole = (file: string): void => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    expect(db.prepare('PRAGMA integrity_check').all().map((r) => r['integrity_check'])).toEqual(['ok']);
    const stale = db.prepare(`
      SELECT r.collection, r.id FROM revisions r GROUP BY r.collection, r.id
      HAVING max(r.seq) IS NOT (SELECT d.seq FROM docs d WHERE d.collection = r.collection AND d.id = r.id)`).all();
    expect(stale).toEqual([]);
  } finally {
    db.close();
  }
};

import { describe, expect, it } from 'vitest';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { collectionSpecs } from '../collections.ts';
import { openDatabase } from '../openDatabase.ts';
import { validatingStorage } from '../schemaValidator.ts';
import { descKey } from '../schemas/followUpSchema.ts';

// Version 0 as it shipped: no inverted sort key. Derived from v1 so the two cannot drift apart elsewhere.
const v1 = collectionSpecs.followups.schema;
const { followedDesc: _dropped, ...v0Properties } = v1.properties;
const followUpSchemaV0 = {
  ...v1,
  version: 0,
  properties: v0Properties,
  required: (v1.required ?? []).filter((f) => f !== 'followedDesc'),
  indexes: [['customerId', 'followedAt'], 'updatedAt'],
} as unknown as RxJsonSchema<Record<string, unknown>>;

const storage = () => getRxStorageDexie({ indexedDB, IDBKeyRange });

const v0Doc = (id: string, followedAt: number) => ({
  id, customerId: 'c1', contactId: '', followedAt, method: 'phone', summary: '首次电话沟通', status: 'callback', stage: 'lead',
  nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'm1', remark: '', custom: {}, importBatchId: '',
  createdAt: followedAt, createdBy: 'm1', updatedAt: followedAt, updatedBy: 'm1', trashed: false,
  clock: { summary: '001700000000000:0000:n1' }, conflicts: [],
});

describe('follow-up schema migration v0 → v1', () => {
  it('adds the inverted sort key to every stored follow-up and keeps everything else', async () => {
    const name = `migrate${Date.now()}`;
    const old = await createRxDatabase({ name, storage: storage() });
    await old.addCollections({ followups: { schema: followUpSchemaV0 } });
    const times = [Date.UTC(2026, 0, 5, 2), Date.UTC(2026, 2, 9, 6), Date.UTC(2026, 5, 1, 1)];
    await old.collections["followups"]!.bulkInsert(times.map((t, i) => v0Doc(`f${i}`, t)));
    await old.close();

    const db = await openDatabase({ name, storage: validatingStorage(storage()) });
    const docs = await db.followups.find({ sort: [{ followedDesc: 'asc' }] }).exec();
    expect(docs.map((d) => d.id)).toEqual(['f2', 'f1', 'f0']);
    for (const doc of docs) {
      expect(doc.followedDesc).toBe(descKey(doc.followedAt));
      expect(doc.summary).toBe('首次电话沟通');
      expect(doc.clock).toEqual({ summary: '001700000000000:0000:n1' });
    }
    await db.remove();
  });
});

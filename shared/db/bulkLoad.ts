import type { CollectionName, SalesDeskDatabase, SalesDeskDocs } from './collections.ts';
import { describeWriteError, type WriteErrorLike } from './describeWriteError.ts';

export type BulkLoadPlan = { [K in CollectionName]?: SalesDeskDocs[K][] };
export type BulkProgress = { done: number; total: number };

const CHUNK = 1000;

/**
 * Upserts many documents collection by collection, in chunks so the UI can show progress.
 * Upsert keeps a retry after an interruption harmless; any refused document stops the load with its reason.
 */
export const bulkLoad = async (
  db: SalesDeskDatabase,
  plan: BulkLoadPlan,
  onProgress: (p: BulkProgress) => void = () => undefined,
): Promise<void> => {
  const entries = Object.entries(plan) as [CollectionName, SalesDeskDocs[CollectionName][]][];
  const total = entries.reduce((sum, [, docs]) => sum + docs.length, 0);
  let done = 0;
  for (const [name, docs] of entries) {
    // The collections differ only in document type; each plan entry holds that collection's documents.
    const collection = db.collections[name] as unknown as { bulkUpsert: (d: unknown[]) => Promise<{ error: WriteErrorLike[] }> };
    for (let i = 0; i < docs.length; i += CHUNK) {
      const chunk = docs.slice(i, i + CHUNK);
      const { error } = await collection.bulkUpsert(chunk);
      if (error.length > 0) {
        const first = error[0] as WriteErrorLike;
        throw new Error(`${error.length} 条数据写入失败，首条：${describeWriteError(name, first)}`);
      }
      done += chunk.length;
      onProgress({ done, total });
    }
  }
};

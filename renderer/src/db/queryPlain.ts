import { normalizeMangoQuery, prepareQuery, type RxCollection } from 'rxdb';

/**
 * Reads documents below RxCollection: plain JSON objects, no RxDocument per row (100,000 of them would
 * cost seconds). For read-only bulk use: the grid's working set, the importer's comparison data.
 */
export const queryPlain = async <T,>(collection: RxCollection<T>, query: object): Promise<T[]> => {
  const schema = collection.schema.jsonSchema;
  const result = await collection.storageInstance.query(prepareQuery(schema, normalizeMangoQuery(schema, query as never)));
  return result.documents as unknown as T[];
};

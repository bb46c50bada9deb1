/** Keywords RxDB puts into schemas that are not JSON Schema; ajv must be told to accept them. */
export const rxdbSchemaKeywords = ['version', 'keyCompression', 'primaryKey', 'indexes', 'encrypted', 'final', 'sharding', 'internalIndexes', 'attachments', 'ref', 'crdt'] as const;

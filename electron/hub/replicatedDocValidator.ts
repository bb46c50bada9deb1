import { Ajv, type ValidateFunction } from 'ajv';
import { collectionSpecs, type CollectionName } from '../../shared/db/collections.ts';
import { describeWriteError, type ValidationIssue } from '../../shared/db/describeWriteError.ts';
import { rxdbSchemaKeywords } from '../../shared/db/rxdbSchemaKeywords.ts';


/**
 * Checks documents arriving over the network against their collection schema (plus RxDB's `_deleted`),
 * before anything is stored. ajv compiles at start-up: the hub is plain Node, with no CSP.
 */
export const createReplicatedDocValidator = (): ((collection: CollectionName, doc: unknown) => string | null) => {
  const ajv = new Ajv({ strict: true, allErrors: false });
  rxdbSchemaKeywords.forEach((k) => ajv.addKeyword(k));
  const compiled = new Map<CollectionName, ValidateFunction>();
  for (const [name, spec] of Object.entries(collectionSpecs) as [CollectionName, (typeof collectionSpecs)[CollectionName]][]) {
    const schema = spec.schema as unknown as { properties: object };
    compiled.set(name, ajv.compile({ ...schema, properties: { ...schema.properties, _deleted: { type: 'boolean' } }, additionalProperties: false }));
  }
  return (collection, doc) => {
    const validate = compiled.get(collection);
    if (!validate) return `未知的数据集合“${collection}”`;
    if (validate(doc)) return null;
    const id = (doc as { id?: unknown } | null)?.id;
    return describeWriteError(collection, {
      documentId: typeof id === 'string' ? id : undefined,
      status: 422,
      validationErrors: (validate.errors ?? []) as ValidationIssue[],
    });
  };
};

import { INTERNAL_STORE_SCHEMA_TITLE, META_INSTANCE_SCHEMA_TITLE, wrappedValidateStorageFactory, type RxJsonSchema, type RxStorage } from 'rxdb';
import ZSchema, { type SchemaErrorDetail } from 'z-schema';
import { validators } from 'virtual:rxdb-validators';
import type { ValidationIssue } from './describeWriteError.ts';
import { validatorKey } from './validatorKey.ts';

/*
 * JSON-schema validation of every write. The collection schemas are compiled by ajv at build time
 * (the renderer's CSP forbids the eval ajv needs at run time); any other schema RxDB validates
 * (an old version during a migration, internal storage) falls back to z-schema, which interprets
 * the schema without eval but costs ~1 ms per document.
 */
const zSchema = ZSchema.create({ strictMode: false });

const keywordOf: Record<string, string> = {
  OBJECT_MISSING_REQUIRED_PROPERTY: 'required',
  OBJECT_ADDITIONAL_PROPERTIES: 'additionalProperties',
  INVALID_TYPE: 'type',
  MAX_LENGTH: 'maxLength',
  ENUM_MISMATCH: 'enum',
  MINIMUM: 'minimum',
  MAXIMUM: 'maximum',
  MULTIPLE_OF: 'multipleOf',
  PATTERN: 'pattern',
};

const paramsOf = (detail: SchemaErrorDetail): Record<string, unknown> => {
  const [first, second] = detail.params.map((p) => (Array.isArray(p) ? p.join(', ') : p));
  switch (detail.code) {
    case 'OBJECT_MISSING_REQUIRED_PROPERTY':
      return { missingProperty: first };
    case 'OBJECT_ADDITIONAL_PROPERTIES':
      return { additionalProperty: first };
    case 'INVALID_TYPE':
      return { type: first };
    case 'MAX_LENGTH':
      return { limit: second };
    default:
      return {};
  }
};

const pathOf = (path: SchemaErrorDetail['path']): string =>
  Array.isArray(path) ? (path.length ? `/${path.join('/')}` : '') : path.replace(/^#/, '');

/** RxDB's `{field, message}` plus what describeWriteError needs to word the problem. */
export const toValidationIssue = (detail: SchemaErrorDetail): ValidationIssue & { field: string; message: string } => ({
  field: pathOf(detail.path),
  instancePath: pathOf(detail.path),
  keyword: keywordOf[detail.code] ?? detail.code.toLowerCase(),
  params: paramsOf(detail),
  message: detail.message,
});

// RxDB's own bookkeeping (replication state, database registry, local documents) is written by RxDB
// itself, never from outside; validating it costs more than the sync it records.
const rxdbInternalTitles = new Set([META_INSTANCE_SCHEMA_TITLE, INTERNAL_STORE_SCHEMA_TITLE, 'RxLocalDocument']);

/** The validator RxDB runs for a schema: the build-time compiled one, or the interpreting fallback. */
export const validatorFor = (schema: RxJsonSchema<unknown>): ((doc: unknown) => (ValidationIssue & { field: string; message: string })[]) => {
  if (rxdbInternalTitles.has(schema.title ?? '')) return () => [];
  const compiled = validators[validatorKey(schema)];
  if (compiled) {
    return (doc: unknown) => (compiled(doc) ? [] : (compiled.errors ?? []).map((e) => ({ ...e, field: e.instancePath, message: e.message ?? e.keyword })));
  }
  return (doc: unknown) => {
    const result = zSchema.validateSafe(doc, schema as object);
    return result.valid ? [] : (result.err?.details ?? []).map(toValidationIssue);
  };
};

const wrap = wrappedValidateStorageFactory(validatorFor, 'salesdesk-validators');

export const validatingStorage = <I, O>(storage: RxStorage<I, O>): RxStorage<I, O> => wrap({ storage });

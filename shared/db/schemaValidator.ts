import { wrappedValidateStorageFactory, type RxJsonSchema, type RxStorage } from 'rxdb';
import ZSchema, { type SchemaErrorDetail } from 'z-schema';
import type { ValidationIssue } from './describeWriteError.ts';

/*
 * JSON-schema validation of every write. z-schema interprets schemas instead of generating code, so it
 * runs under the renderer's strict CSP (no 'unsafe-eval'), which ajv cannot.
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

const getValidator = (schema: RxJsonSchema<unknown>) => (doc: unknown) => {
  const result = zSchema.validateSafe(doc, schema as object);
  return result.valid ? [] : (result.err?.details ?? []).map(toValidationIssue);
};

const wrap = wrappedValidateStorageFactory(getValidator, 'salesdesk-z-schema');

export const validatingStorage = <I, O>(storage: RxStorage<I, O>): RxStorage<I, O> => wrap({ storage });

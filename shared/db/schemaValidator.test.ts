import { describe, expect, it } from 'vitest';
import { validators } from 'virtual:rxdb-validators';
import type { RxJsonSchema } from 'rxdb';
import { collectionSpecs } from './collections.ts';
import { validatorFor } from './schemaValidator.ts';
import { validatorKey } from './validatorKey.ts';

describe('schema validators', () => {
  it('has a build-time compiled validator for every collection schema', () => {
    for (const spec of Object.values(collectionSpecs)) expect(validators[validatorKey(spec.schema)], spec.schema.title).toBeTypeOf('function');
  });

  it('falls back to an interpreting validator with the same issue shape for other schemas', () => {
    const legacy = {
      title: 'legacy',
      version: 0,
      primaryKey: 'id',
      type: 'object',
      properties: { id: { type: 'string', maxLength: 5 }, n: { type: 'number' } },
      required: ['id', 'n'],
      additionalProperties: false,
    } as unknown as RxJsonSchema<unknown>;
    const validate = validatorFor(legacy);
    expect(validate({ id: 'a', n: 1 })).toEqual([]);
    const [missing] = validate({ id: 'a' });
    expect(missing).toMatchObject({ keyword: 'required', params: { missingProperty: 'n' } });
    const [long] = validate({ id: 'abcdefg', n: 1 });
    expect(long).toMatchObject({ keyword: 'maxLength', instancePath: '/id', params: { limit: 5 } });
    const [extra] = validate({ id: 'a', n: 1, x: 2 });
    expect(extra).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'x' } });
  });

  it('counts text length in characters, so rare CJK characters outside the BMP are not double-counted', () => {
    const validate = validatorFor(collectionSpecs.members.schema as RxJsonSchema<unknown>);
    const member = (name: string) => ({
      id: 'm1', name, role: 'rep', managerId: '', department: '', phone: '', email: '', active: true, joinedAt: 0, monthlyTarget: 0,
      createdAt: 0, createdBy: 'm1', updatedAt: 0, updatedBy: 'm1', trashed: false, clock: {}, conflicts: [],
      _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {},
    });
    expect(validate(member('𠀀'.repeat(60)))).toEqual([]);
    expect(validate(member('𠀀'.repeat(61)))[0]).toMatchObject({ keyword: 'maxLength', instancePath: '/name' });
  });
});

import { describe, expect, it } from 'vitest';
import { customerSchema } from '../db/schemas/customerSchema.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { newCustomerFields } from './newCustomerFields.ts';
import { validatorFor } from '../db/schemaValidator.ts';

describe('newCustomerFields', () => {
  it('makes a valid customer document from a name, its duplicate key normalized', () => {
    const fields = newCustomerFields('c1', ' 苏州恒瑞精密机械有限公司 ', 'm1');
    expect(fields.name).toBe('苏州恒瑞精密机械有限公司');
    expect(fields.nameKey).toBe('苏州恒瑞精密机械');
    const doc = { ...stampNew(fields, { now: 1, memberId: 'm1', clock: '0000000000001:0000:n1' }), _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} };
    expect(validatorFor(customerSchema as never)(doc).map((i) => i.message)).toEqual([]);
  });
});

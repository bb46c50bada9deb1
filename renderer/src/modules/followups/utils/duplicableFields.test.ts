import { describe, expect, it } from 'vitest';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { sampleFollowUp } from '../../../../../tests/support/sampleFollowUp.ts';
import { duplicableFields } from './duplicableFields.ts';

describe('duplicableFields', () => {
  it('copies the business values and leaves identity, sync metadata, storage fields and the time behind', () => {
    const row = { ...stampNew(sampleFollowUp('f1', 'rep01', { summary: '上门拜访', amount: 5000 }), { now: 1, memberId: 'rep01', clock: 'c' }), _rev: '1-x', _meta: { lwt: 1 } };
    const copy = duplicableFields(row as never);
    expect(copy).toMatchObject({ customerId: 'c1', summary: '上门拜访', amount: 5000, ownerId: 'rep01' });
    for (const key of ['id', 'clock', 'conflicts', 'createdAt', 'followedAt', 'followedDesc', '_rev', '_meta']) expect(key in copy).toBe(false);
  });
});

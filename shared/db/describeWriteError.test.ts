import { describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { openDatabase } from './openDatabase.ts';
import { describeWriteError, type WriteErrorLike } from './describeWriteError.ts';
import { validatingStorage } from './schemaValidator.ts';

describe('describeWriteError', () => {
  it('names the missing field of a document RxDB refused', async () => {
    const db = await openDatabase({ name: `dwe${Date.now()}`, storage: validatingStorage(getRxStorageMemory()) });
    const { error } = await db.members.bulkInsert([{ id: 'm1', name: '张三' } as never]);
    expect(error).toHaveLength(1);
    expect(describeWriteError('members', error[0] as WriteErrorLike)).toMatch(/^members 中的记录 m1：缺少必填字段“(role|managerId|active|joinedAt|createdAt)”/);
    await db.remove();
  });

  it('words type, length, enum and unknown-field problems', () => {
    const message = describeWriteError('followups', {
      documentId: 'f1',
      status: 422,
      validationErrors: [
        { instancePath: '/amount', keyword: 'type', params: { type: 'number' } },
        { instancePath: '/summary', keyword: 'maxLength', params: { limit: 20000 } },
        { instancePath: '/method', keyword: 'enum', params: {} },
        { instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'foo' } },
      ],
    });
    expect(message).toBe(
      'followups 中的记录 f1：字段“amount”的类型应为 number；字段“summary”超过 20000 个字符；字段“method”的值不在允许的选项中；不认识的字段“foo”',
    );
  });

  it('reports a duplicate id plainly', () => {
    expect(describeWriteError('customers', { documentId: 'c1', status: 409 })).toBe('customers 中的记录 c1：已有相同编号的记录');
  });
});

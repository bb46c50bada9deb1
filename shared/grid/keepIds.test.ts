import { describe, expect, it } from 'vitest';
import { keepIds } from './keepIds.ts';
import { testRow } from './testRows.ts';

describe('keepIds', () => {
  it('keeps the named live rows in input order, whatever order the link lists them in', () => {
    const rows = [testRow('r1'), testRow('r2'), testRow('r3', { trashed: true }), testRow('r4')];
    expect(keepIds(rows, new Set(['r4', 'r3', 'r1', 'missing'])).map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(keepIds(rows, new Set())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { testRow } from '../grid/testRows.ts';
import { precedingFollowUps } from './precedingFollowUps.ts';

describe('precedingFollowUps', () => {
  it("links each follow-up to its customer's previous one, breaking same-instant ties by id", () => {
    const t = Date.UTC(2026, 10, 20, 2);
    const previous = precedingFollowUps([
      testRow('b', { customerId: 'c1', followedAt: t }),
      testRow('z', { customerId: 'c1', followedAt: t + 60_000 }),
      testRow('a', { customerId: 'c1', followedAt: t }),
      testRow('x', { customerId: 'c2', followedAt: t - 60_000 }),
    ]);
    expect(previous.get('a')).toBeNull();
    expect(previous.get('b')?.id).toBe('a');
    expect(previous.get('z')?.id).toBe('b');
    expect(previous.get('x')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { commentThreads } from './commentThreads.ts';

const c = (id: string, createdAt: number, parentId = '') => ({ id, createdAt, parentId });
const shape = (threads: ReturnType<typeof commentThreads>) => threads.map((t) => [t.root.id, ...t.replies.map((r) => r.id)].join('>'));

describe('commentThreads', () => {
  it('puts replies, and replies to replies, under their top-level comment, oldest first', () => {
    const list = [c('r2', 40, 'r1'), c('b', 20), c('a', 10), c('r1', 30, 'a'), c('rb', 50, 'b')];
    expect(shape(commentThreads(list))).toEqual(['a>r1>r2', 'b>rb']);
  });

  it('shows a reply whose parent is missing as a thread of its own', () => {
    expect(shape(commentThreads([c('x', 10, 'gone'), c('a', 5)]))).toEqual(['a', 'x']);
  });
});

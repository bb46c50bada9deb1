import type { CommentDoc } from '../db/schemas/commentSchema.ts';

type Comment = Pick<CommentDoc, 'id' | 'parentId' | 'createdAt'>;

/** A top-level comment and every reply under it (replies to replies too), oldest first. */
export type CommentThread<T extends Comment> = { root: T; replies: T[] };

/**
 * Groups a target's comments into threads one level deep, as chat apps show them: a reply to a reply
 * joins its root's thread. A reply whose parent is gone (purged, or not synced yet) shows as its own thread.
 */
export const commentThreads = <T extends Comment>(comments: readonly T[]): CommentThread<T>[] => {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: T): T => {
    let current = c;
    for (let hops = 0; current.parentId !== '' && byId.has(current.parentId) && hops < comments.length; hops++) current = byId.get(current.parentId)!;
    return current;
  };
  const order = [...comments].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const threads = new Map<string, CommentThread<T>>();
  for (const c of order) {
    const root = rootOf(c);
    if (root === c) threads.set(c.id, { root: c, replies: threads.get(c.id)?.replies ?? [] });
    else if (threads.has(root.id)) threads.get(root.id)!.replies.push(c);
    else threads.set(root.id, { root, replies: [c] });
  }
  return [...threads.values()].sort((a, b) => a.root.createdAt - b.root.createdAt || (a.root.id < b.root.id ? -1 : 1));
};

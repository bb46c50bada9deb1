import { describe, expect, it } from 'vitest';
import { customerTimeline } from './customerTimeline.ts';

const f = (id: string, followedAt: number, trashed = false) => ({ id, followedAt, trashed });
const c = (id: string, createdAt: number, parentId = '', trashed = false) => ({ id, createdAt, parentId, trashed });

describe('customerTimeline', () => {
  it('interleaves follow-ups and comment threads, newest first, replies under their thread', () => {
    const entries = customerTimeline([f('f1', 100), f('f2', 300), f('f3', 500)], [c('m1', 200), c('m2', 400, 'm1'), c('m3', 600)]);
    expect(entries.map((e) => (e.kind === 'followUp' ? e.followUp.id : `${e.root.id}[${e.replies.map((r) => r.id).join(',')}]`))).toEqual([
      'm3[]', 'f3', 'f2', 'm1[m2]', 'f1',
    ]);
    // A thread sits where it was opened, not where its latest reply is.
    expect(entries[3]?.at).toBe(200);
  });

  it('leaves out what is in the recycle bin; at the same instant the comment is shown above the follow-up it remarks on', () => {
    const entries = customerTimeline([f('f1', 100), f('gone', 150, true)], [c('m1', 100), c('m2', 120, '', true)]);
    expect(entries.map((e) => (e.kind === 'followUp' ? e.followUp.id : e.root.id))).toEqual(['m1', 'f1']);
  });

  it('is empty for a customer with nothing yet', () => {
    expect(customerTimeline([], [])).toEqual([]);
  });
});

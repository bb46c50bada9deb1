import type { CommentThread } from '../../../../../shared/comments/commentThreads.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { CommentItem } from '../../teamReports/components/CommentItem.tsx';

type Props = { thread: CommentThread<CommentDoc>; directory: ReadonlyMap<string, MemberDoc>; viewerId: string; openedAt: number; onReply: (c: CommentDoc) => void };

/** A 批注 thread in the timeline: the reports' own comment item, its replies indented beneath it. */
export const TimelineComment = ({ thread, directory, viewerId, openedAt, onReply }: Props) => {
  const all = [thread.root, ...thread.replies];
  const own = new Set(all.filter((c) => c.authorId === viewerId).map((c) => c.id));
  const item = (c: CommentDoc, parent: CommentDoc | undefined) => (
    <CommentItem comment={c} parent={parent} directory={directory} viewerId={viewerId} ownIds={own} openedAt={openedAt} onReply={() => onReply(c)} />
  );
  return (
    <div className="cd-thread">
      {item(thread.root, undefined)}
      {thread.replies.length > 0 && (
        <ol className="thread-replies">
          {thread.replies.map((r) => <li key={r.id}>{item(r, all.find((p) => p.id === r.parentId))}</li>)}
        </ol>
      )}
    </div>
  );
};

import { commentThreads } from '../../../../../shared/comments/commentThreads.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { CommentItem } from './CommentItem.tsx';

type Props = {
  comments: readonly CommentDoc[];
  directory: ReadonlyMap<string, MemberDoc>;
  viewerId: string;
  /** When the viewer opened the page: comments they read since then still show 新. */
  openedAt: number;
  onReply: (comment: CommentDoc) => void;
};

/** The threads of a report, each top-level 批注 with its replies indented beneath it. */
export const CommentThreadList = ({ comments, directory, viewerId, openedAt, onReply }: Props) => {
  const own = new Set(comments.filter((c) => c.authorId === viewerId).map((c) => c.id));
  const item = (c: CommentDoc, reply: boolean) => (
    <CommentItem key={c.id} comment={c} parent={reply ? comments.find((p) => p.id === c.parentId) : undefined} directory={directory} viewerId={viewerId} ownIds={own} openedAt={openedAt} onReply={() => onReply(c)} />
  );
  return (
    <ol className="thread-list">
      {commentThreads(comments).map(({ root, replies }) => (
        <li key={root.id} className="thread">
          {item(root, false)}
          {replies.length > 0 && <ol className="thread-replies">{replies.map((r) => <li key={r.id}>{item(r, true)}</li>)}</ol>}
        </li>
      ))}
    </ol>
  );
};

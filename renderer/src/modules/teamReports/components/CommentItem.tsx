import { useTranslation } from 'react-i18next';
import { isUnreadFor } from '../../../../../shared/comments/unreadComments.ts';
import { mentionSegments } from '../../../../../shared/comments/mentionSegments.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { localTimeParts } from '../utils/localTimeParts.ts';

type Props = {
  comment: CommentDoc;
  parent: CommentDoc | undefined;
  directory: ReadonlyMap<string, MemberDoc>;
  viewerId: string;
  ownIds: ReadonlySet<string>;
  openedAt: number;
  onReply: () => void;
};

/** One 批注: who and when, the text with its @mentions highlighted, a 新 mark while it is news to me, and 回复. */
export const CommentItem = ({ comment, parent, directory, viewerId, ownIds, openedAt, onReply }: Props) => {
  const { t } = useTranslation();
  const offset = useTeamSettings()?.utcOffsetMinutes ?? 480;
  const author = directory.get(comment.authorId);
  const name = author?.name ?? t('comments.formerMember');
  const mine = comment.readBy.find((r) => r.memberId === viewerId);
  const fresh = isUnreadFor(comment, viewerId, ownIds) || (mine !== undefined && mine.at >= openedAt);
  const mentioned = comment.mentions.flatMap((id) => (directory.get(id) ? [{ id, name: directory.get(id)!.name }] : []));
  return (
    <article className={fresh ? 'comment fresh' : 'comment'} data-testid="comment">
      <span className={`comment-avatar ${author?.role ?? 'rep'}`} aria-hidden="true">
        {name.slice(0, 1)}
      </span>
      <div className="comment-body">
        <header>
          <strong>{name}</strong>
          {author && <span className="comment-role">{t(`roles.${author.role}`)}</span>}
          {parent && <span className="comment-reply-to">{t('comments.replyTo', { name: directory.get(parent.authorId)?.name ?? t('comments.formerMember') })}</span>}
          <time dateTime={new Date(comment.createdAt).toISOString()}>{t('comments.time', localTimeParts(comment.createdAt, offset))}</time>
          {fresh && <span className="comment-new" data-testid="comment-new">{t('comments.unread')}</span>}
        </header>
        <p>
          {mentionSegments(comment.body, mentioned).map((s, i) =>
            s.memberId ? (
              <mark key={i} className={s.memberId === viewerId ? 'mention me' : 'mention'}>
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
        <button type="button" className="link-button" onClick={onReply}>
          {t('comments.reply')}
        </button>
      </div>
    </article>
  );
};

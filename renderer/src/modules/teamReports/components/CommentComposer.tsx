import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useMentionPicker } from '../hooks/useMentionPicker.ts';
import type { NewComment } from '../hooks/usePostComment.ts';
import { MentionList } from './MentionList.tsx';

type Props = {
  /** What is commented on (a report, a customer): names the mention list. */
  targetId: string;
  /** Writes the comment and its notices (usePostComment for a report, the customer page's own for a customer). */
  post: (comment: NewComment) => Promise<void>;
  /** Active members: who can be @mentioned. */
  members: readonly MemberDoc[];
  viewerId: string;
  replyTo: CommentDoc | null;
  directory: ReadonlyMap<string, MemberDoc> | undefined;
  onDone: () => void;
};

const MAX = 5000;

/** The box to write a 批注 or a reply; typing @ offers the team's members; Ctrl+Enter sends. */
export const CommentComposer = ({ targetId, post, members, viewerId, replyTo, directory, onDone }: Props) => {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  // The caret goes where a picked mention ends in the same commit that shows it (a layout effect, not a
  // later frame): a key typed right after the click must land after the name, not at the end.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    box.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });
  const apply = (next: string, at: number) => {
    pendingCaret.current = at;
    setText(next);
    setCaret(at);
  };
  const people = members.filter((m) => m.id !== viewerId).map((m) => ({ id: m.id, label: m.name }));
  const picker = useMentionPicker(text, caret, people, apply);
  const replyName = replyTo ? (directory?.get(replyTo.authorId)?.name ?? t('comments.formerMember')) : '';
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const body = text.trim();
    if (body === '') return setError(t('comments.emptyBody'));
    if (body.length > MAX) return setError(t('comments.tooLong', { max: MAX, length: body.length }));
    setSending(true);
    setError('');
    try {
      await post({ body, parent: replyTo });
      apply('', 0);
      onDone();
    } catch (err) {
      setError(t('comments.failed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="composer" onSubmit={(e) => void submit(e)} noValidate>
      {replyTo && (
        <div className="composer-reply">
          {t('comments.replyTo', { name: replyName })}
          <button type="button" className="link-button" onClick={onDone}>
            {t('comments.cancelReply')}
          </button>
        </div>
      )}
      <div className="composer-box">
        <textarea
          ref={box}
          value={text}
          rows={3}
          aria-label={t('comments.placeholder')}
          placeholder={replyTo ? t('comments.replyPlaceholder', { name: replyName }) : t('comments.placeholder')}
          aria-expanded={picker.choices !== null}
          aria-controls={`mentions-${targetId}`}
          onChange={(e) => {
            pendingCaret.current = null;
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setError('');
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            if (picker.onKey(e)) return;
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
        <MentionList picker={picker} id={`mentions-${targetId}`} />
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="composer-actions">
        <button type="submit" className="button primary" disabled={sending}>
          {sending ? t('comments.sending') : t('comments.send')}
        </button>
      </div>
    </form>
  );
};

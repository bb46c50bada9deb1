import { useTranslation } from 'react-i18next';
import type { MentionPicker } from '../hooks/useMentionPicker.ts';

/** The member list under a comment box while an @mention is typed; a click (or Enter) inserts the name. */
export const MentionList = ({ picker, id }: { picker: MentionPicker; id: string }) => {
  const { t } = useTranslation();
  if (!picker.choices) return null;
  return (
    <div className="mention-popup">
      <div className="mention-title">{t('comments.mentionList')}</div>
      {picker.choices.length === 0 ? (
        <p className="mention-none">{t('comments.noMatch', { query: picker.query })}</p>
      ) : (
        <ul role="listbox" id={id} aria-label={t('comments.mentionList')}>
          {picker.choices.map((c, i) => (
            <li
              key={c.id}
              role="option"
              aria-selected={i === picker.highlighted}
              className={i === picker.highlighted ? 'active' : undefined}
              // mousedown, not click: the text box keeps its focus and caret.
              onMouseDown={(e) => {
                e.preventDefault();
                picker.pick(c);
              }}
            >
              <span className="mention-avatar" aria-hidden="true">
                {c.label.slice(0, 1)}
              </span>
              {c.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

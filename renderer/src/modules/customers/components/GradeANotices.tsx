import { useTranslation } from 'react-i18next';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';

const A = 'A';

type Props = { notices: readonly NotificationDoc[]; onArrange: (n: NotificationDoc) => void; onDismiss: (n: NotificationDoc) => void };

/** Unread 升为 A 类 notices for me, each proposing 安排高层拜访 (one click plans it) or 知道了. */
export const GradeANotices = ({ notices, onArrange, onDismiss }: Props) => {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="grade-a-notices" aria-label={t('customers.gradeA.title')} data-testid="grade-a-notices">
      <h2>{t('customers.gradeA.title')}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            <span className="grade-badge grade-A">{A}</span>
            <span className="grade-a-text">
              <a href={appLinkHash({ kind: 'customer', id: n.targetId })}>{n.title}</a>
              <small>{n.body}</small>
            </span>
            <button type="button" className="button primary" onClick={() => onArrange(n)}>{t('customers.gradeA.arrange')}</button>
            <button type="button" className="button" onClick={() => onDismiss(n)}>{t('customers.gradeA.dismiss')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
};

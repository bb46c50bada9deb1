import { useTranslation } from 'react-i18next';
import { useMyUnreadCount } from '../hooks/useMyUnreadCount.ts';

/** The count on the 日报 nav item: 批注 on my reports (or naming me) that I have not read yet. */
export const ReportsNavBadge = () => {
  const { t } = useTranslation();
  const count = useMyUnreadCount();
  if (count === 0) return null;
  return (
    <span className="nav-badge" data-testid="reports-badge" title={t('comments.navBadge', { count })} aria-label={t('comments.navBadge', { count })}>
      {count > 99 ? '99+' : count}
    </span>
  );
};

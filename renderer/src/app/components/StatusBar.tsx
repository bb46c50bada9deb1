import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../shared/db/schemas/memberSchema.ts';
import { useLiveCount } from '../../db/useLiveCount.ts';

/** Bottom bar: sync state (this desktop only until the team hub lands), who you are, what is stored. */
export const StatusBar = ({ me }: { me: MemberDoc | undefined }) => {
  const { t } = useTranslation();
  const customers = useLiveCount('customers');
  const followUps = useLiveCount('followups');
  return (
    <footer className="status-bar" role="status">
      <span className="sync-state" title={t('status.localOnlyHint')} data-testid="sync-state">
        <span className="sync-dot local" aria-hidden="true" />
        {t('status.localOnly')}
      </span>
      <span className="status-spacer" />
      <span data-testid="status-counts">{t('status.counts', { customers: customers ?? 0, followUps: followUps ?? 0 })}</span>
      {me && <span>{t('status.user', { name: me.name, role: t(`roles.${me.role}`) })}</span>}
    </footer>
  );
};

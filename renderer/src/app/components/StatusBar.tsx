import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDoc } from '../../../../shared/db/schemas/memberSchema.ts';
import { useLiveCount } from '../../db/useLiveCount.ts';
import { useConflictCount } from '../../sync/useConflictCount.ts';
import { ConflictsDialog } from '../../modules/conflicts/components/ConflictsDialog.tsx';
import { NotificationBell } from '../../modules/reminders/components/NotificationBell.tsx';
import { SyncStateLabel } from './SyncStateLabel.tsx';

/** Bottom bar: sync state, open conflicts, what is stored, who you are. */
export const StatusBar = ({ me }: { me: MemberDoc | undefined }) => {
  const { t } = useTranslation();
  const customers = useLiveCount('customers');
  const followUps = useLiveCount('followups');
  const conflicts = useConflictCount() ?? 0;
  const [open, setOpen] = useState(false);
  return (
    <footer className="status-bar" role="status">
      <SyncStateLabel />
      {conflicts > 0 && (
        <button type="button" className="conflict-badge" title={t('status.conflictsHint', { count: conflicts })} data-testid="conflict-count" onClick={() => setOpen(true)}>
          {t('status.conflicts', { count: conflicts })}
        </button>
      )}
      {open && <ConflictsDialog close={() => setOpen(false)} />}
      <span className="status-spacer" />
      <span data-testid="status-counts">{t('status.counts', { customers: customers ?? 0, followUps: followUps ?? 0 })}</span>
      {me && <span>{t('status.user', { name: me.name, role: t(`roles.${me.role}`) })}</span>}
      {me && <NotificationBell memberId={me.id} />}
    </footer>
  );
};

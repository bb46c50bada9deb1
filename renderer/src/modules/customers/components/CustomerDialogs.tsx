import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { DuplicatePair } from '../../../../../shared/customers/duplicatePairs.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import type { GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import type { CustomerActions } from '../hooks/useCustomerActions.ts';
import { useCommitMerge, type CustomerNotice } from '../hooks/useCommitMerge.ts';
import type { useFollowUpsByCustomer } from '../hooks/useFollowUpsByCustomer.ts';
import { DuplicatesPanel } from './DuplicatesPanel.tsx';
import { GradeOverrideDialog } from './GradeOverrideDialog.tsx';
import { GradingAccuracyPanel } from './GradingAccuracyPanel.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { NewCustomerDialog } from './NewCustomerDialog.tsx';

/** Which of the list's dialogs is open. */
export type CustomerDialog =
  | { type: 'new' }
  | { type: 'pairs' }
  | { type: 'merge'; pair: [CustomerRow, CustomerRow] }
  | { type: 'override'; id: string }
  | { type: 'accuracy' };

type Props = {
  dialog: CustomerDialog | null;
  onDialog: (dialog: CustomerDialog | null) => void;
  rows: ReadonlyMap<string, CustomerRow>;
  pairs: readonly DuplicatePair[];
  lookups: GridLookups;
  followUps: ReturnType<typeof useFollowUpsByCustomer>;
  role: Role | undefined;
  actions: CustomerActions;
  onNotice: (notice: CustomerNotice) => void;
};

/** Renders the open dialog and turns its outcome into writes and a notice. */
export const CustomerDialogs = ({ dialog, onDialog, rows, pairs, lookups, followUps, role, actions, onNotice }: Props) => {
  const { t } = useTranslation();
  const commitMerge = useCommitMerge(actions, onNotice);
  const close = () => onDialog(null);
  const memberName = (id: string) => lookups.members.get(id)?.name ?? id;
  if (!dialog) return null;
  switch (dialog.type) {
    case 'new':
      return (
        <NewCustomerDialog
          lookups={lookups}
          chooseOwner={role === 'manager' || role === 'admin'}
          onClose={close}
          onCreated={(id, name) => (close(), onNotice({ text: t('customers.create.created', { name }), open: appLinkHash({ kind: 'customer', id }) }))}
        />
      );
    case 'pairs':
      return <DuplicatesPanel pairs={pairs} rows={rows} onClose={close} onMerge={(pair) => onDialog({ type: 'merge', pair })} />;
    case 'merge':
      return <MergeDialog pair={dialog.pair} lookups={lookups} followUps={followUps} role={role} onClose={close} onMerge={(set, keep, drop, moved) => commitMerge(set, keep, drop, moved).then((ok) => void (ok && close()))} />;
    case 'override': {
      const row = rows.get(dialog.id);
      if (!row) return null;
      const save = (override: Parameters<CustomerActions['setOverride']>[1]) =>
        actions.setOverride(row.id, override).then((ok) => {
          if (ok) onNotice({ text: override ? t('customers.override.saved', { name: row.name, grade: override.grade }) : t('customers.override.cleared', { name: row.name, grade: row.grade }) });
          return ok;
        });
      return <GradeOverrideDialog row={row} memberName={memberName} utcOffsetMinutes={lookups.utcOffsetMinutes} onSave={save} onClose={close} />;
    }
    case 'accuracy':
      return <GradingAccuracyPanel rows={rows} lookups={lookups} onClose={close} />;
  }
};

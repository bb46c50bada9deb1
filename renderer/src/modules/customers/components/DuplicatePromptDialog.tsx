import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '../../../../../shared/customers/findDuplicateCustomers.ts';
import { DuplicateWarning } from './DuplicateWarning.tsx';

type Props = { name: string; matches: readonly DuplicateMatch[]; onUse: (id: string) => void; onCreate: () => void; onCancel: () => void };

/** Before a customer typed into the follow-up grid is created: it may be one already there — use it, open it, or create it anyway. */
export const DuplicatePromptDialog = ({ name, matches, onUse, onCreate, onCancel }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="dialog-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div className="dialog cust-dialog" role="dialog" aria-modal="true" aria-label={t('customers.duplicate.gridTitle', { name })}>
        <h2>{t('customers.duplicate.gridTitle', { name })}</h2>
        <DuplicateWarning matches={matches} onUse={onUse} onOpen={onCancel} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel}>{t('customers.duplicate.cancel')}</button>
          <button type="button" className="button primary" autoFocus onClick={onCreate}>{t('customers.duplicate.createAnyway')}</button>
        </div>
      </div>
    </div>
  );
};

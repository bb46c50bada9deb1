import { useTranslation } from 'react-i18next';
import type { CustomerActions } from '../hooks/useCustomerActions.ts';
import type { CustomerNotice } from '../hooks/useCommitMerge.ts';

/** The list's last message; after a merge, 撤销合并 while that merge is still the step 撤销 would undo. */
export const CustomerNoticeBar = ({ notice, actions }: { notice: CustomerNotice | null; actions: CustomerActions }) => {
  const { t } = useTranslation();
  if (!notice) return null;
  const merge = notice.merge;
  // The list's undo says 已撤销合并 itself.
  const undo = () => void actions.undo();
  return (
    <p className="grid-message cust-notice" role="status" data-testid="customer-notice">
      {notice.text}
      {notice.open ? <a className="link-button cust-notice-action" href={notice.open}>{t('customers.create.open')}</a> : null}
      {merge && actions.last === merge.set ? (
        <button type="button" className="link-button cust-notice-action" onClick={undo}>{t('customers.merge.undo')}</button>
      ) : null}
    </p>
  );
};

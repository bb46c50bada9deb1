import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { useCustomerDoc } from '../hooks/useCustomerDoc.ts';

type Props = { customer: CustomerDoc; ready: boolean; canEdit: boolean; members: readonly MemberDoc[] };

/** Above the header: 「已合并到 X」 for a merged duplicate, or why the page is read-only for this member. */
export const CustomerNotice = ({ customer, ready, canEdit, members }: Props) => {
  const { t } = useTranslation();
  const target = useCustomerDoc(customer.mergedInto ?? '');
  if (customer.mergedInto) {
    // Said once the kept customer is read: its name, or its id when it is not on this desktop.
    if (target === undefined) return null;
    return (
      <p className="cd-notice cd-notice-merged" role="status" data-testid="customer-merged">
        {t('customerDetail.merged.before')}
        <a href={appLinkHash({ kind: 'customer', id: customer.mergedInto })}>{target?.name ?? customer.mergedInto}</a>
        {t('customerDetail.merged.after')}
      </p>
    );
  }
  if (!ready || canEdit) return null;
  const owner = members.find((m) => m.id === customer.ownerId)?.name ?? t('customerDetail.unknownOwner');
  return (
    <p className="cd-notice" role="status" data-testid="customer-readonly">
      {t('customerDetail.readOnly', { owner })}
    </p>
  );
};

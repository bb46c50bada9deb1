import { CustomerDetailPage } from '../../customerDetail/components/CustomerDetailPage.tsx';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { MergedNotice } from './MergedNotice.tsx';

/**
 * #/customers/<id>: the customer's page — or, for a duplicate merged into another (an old link, a
 * notification), 「已合并到 X」 with the way there.
 */
export const CustomerRoute = ({ id }: { id: string }) => {
  const set = useCustomerRows();
  const customer = set.rows.get(id);
  if (customer?.mergedInto) return <MergedNotice customer={customer} target={set.rows.get(customer.mergedInto)} />;
  return <CustomerDetailPage customerId={id} />;
};

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useWriter } from '../../../db/useWriter.ts';
import type { NewComment } from '../../teamReports/hooks/usePostComment.ts';
import { postComment } from '../../teamReports/utils/postComment.ts';

/**
 * Posts a 批注 on a customer (postComment): the customer's owner, the members mentioned and the author
 * replied to are told, in words for a customer.
 */
export const usePostCustomerComment = (customer: Pick<CustomerDoc, 'id' | 'name' | 'ownerId'>, members: readonly MemberDoc[]): ((c: NewComment) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    ({ body, parent }) =>
      postComment(db, writer, {
        target: { type: 'customer', id: customer.id, ownerId: customer.ownerId }, body, parent, members,
        titles: (name) => ({
          comment: t('customerDetail.comments.notifyComment', { name, customer: customer.name }),
          reply: t('customerDetail.comments.notifyReply', { name, customer: customer.name }),
          mention: t('customerDetail.comments.notifyMention', { name, customer: customer.name }),
        }),
      }),
    [db, writer, t, customer.id, customer.name, customer.ownerId, members],
  );
};

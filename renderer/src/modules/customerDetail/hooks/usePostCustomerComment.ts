import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { commentNotifications } from '../../../../../shared/comments/commentNotifications.ts';
import { parseMentions } from '../../../../../shared/comments/parseMentions.ts';
import type { CommentDoc } from '../../../../../shared/db/schemas/commentSchema.ts';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { insertStamped } from '../../../../../shared/db/stampedWrites.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { newRecordId } from '../../../db/newRecordId.ts';
import { useWriter } from '../../../db/useWriter.ts';
import type { NewComment } from '../../teamReports/hooks/usePostComment.ts';

const EXCERPT = 80;

/**
 * Posts a 批注 on a customer (targetType 'customer'), with its @mentions, then tells the customer's owner,
 * the members mentioned and the author replied to — the same notices as a report's comments, worded for
 * a customer. The comment is written first, so a notice never points at nothing.
 */
export const usePostCustomerComment = (customer: Pick<CustomerDoc, 'id' | 'name' | 'ownerId'>, members: readonly MemberDoc[]): ((c: NewComment) => Promise<void>) => {
  const db = useDatabase();
  const writer = useWriter();
  const { t } = useTranslation();
  return useCallback(
    async ({ body, parent }) => {
      const text = body.trim();
      const fields: Omit<CommentDoc, keyof SyncMeta> = {
        id: newRecordId('m', writer.now()), targetType: 'customer', targetId: customer.id, authorId: writer.memberId,
        body: text, mentions: parseMentions(text, members), parentId: parent?.id ?? '', readBy: [],
      };
      await insertStamped(db.comments, fields, writer);
      const name = members.find((m) => m.id === writer.memberId)?.name ?? '';
      const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
      const customerName = customer.name;
      const notices = commentNotifications({
        comment: fields, ownerId: customer.ownerId, ...(parent ? { parentAuthorId: parent.authorId } : {}),
        text: {
          comment: { title: t('customerDetail.comments.notifyComment', { name, customer: customerName }), body: excerpt },
          reply: { title: t('customerDetail.comments.notifyReply', { name, customer: customerName }), body: excerpt },
          mention: { title: t('customerDetail.comments.notifyMention', { name, customer: customerName }), body: excerpt },
        },
      });
      for (const notice of notices) await insertStamped(db.notifications, notice, writer);
    },
    [db, writer, t, customer.id, customer.name, customer.ownerId, members],
  );
};

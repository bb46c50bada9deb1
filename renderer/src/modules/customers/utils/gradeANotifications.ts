import type { TFunction } from 'i18next';
import type { RiseToA } from '../../../../../shared/customers/planRegrades.ts';
import type { NotificationDoc } from '../../../../../shared/db/schemas/notificationSchema.ts';
import type { SyncMeta } from '../../../../../shared/sync/syncMeta.ts';
import { contributionLines } from './healthLines.ts';

/**
 * The 升为 A 类 notices for a rise: one per recipient, with the score's four contributions and the
 * proposed next step. The id is the customer, the recipient and the day, so two desktops grading the
 * same rise write one notice (their inserts merge), and a customer that rises twice in a day is told once.
 */
export const gradeANotifications = (t: TFunction, rise: RiseToA, recipients: readonly string[], senderId: string, today: string): Omit<NotificationDoc, keyof SyncMeta>[] =>
  recipients.map((recipientId) => ({
    id: `gA_${rise.customerId}_${recipientId}_${today.replace(/-/g, '')}`.slice(0, 80),
    recipientId,
    senderId,
    kind: 'gradeA',
    title: t('customers.gradeA.notice', { name: rise.name }),
    body: t('customers.gradeA.body', { score: rise.score, contributions: contributionLines(t, rise.contributions).join(t('customers.merge.listSeparator')), action: t('customers.gradeA.action') }),
    targetType: 'customer',
    targetId: rise.customerId,
    readAt: 0,
  }));

import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import { patchManyStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';

/** Sets the read mark (readAt) on notification documents, one stamped write; already read ones are left alone. */
export const markNotificationsRead = async (db: SalesDeskDatabase, ids: readonly string[], writer: Writer): Promise<void> => {
  const docs = await db.notifications.findByIds([...ids]).exec();
  const unread = [...docs.values()].filter((d) => d.readAt === 0).map((d) => d.id);
  if (unread.length > 0) await patchManyStamped(db.notifications, unread.map((id) => ({ id, patch: { readAt: writer.now() } })), writer);
};

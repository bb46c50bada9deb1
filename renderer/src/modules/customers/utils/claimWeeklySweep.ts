import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';

type Stored = { weekStart: string };

/** A local document (this desktop only, never synced): the week whose full regrade this desktop has run. */
const SWEEP_DOC = 'regrade-sweep';

/**
 * Claims this week's full regrade for this desktop: true once per week (incrementalModify re-reads on
 * a conflict, so two windows never both sweep). Another manager's desktop may sweep too; it then finds
 * the grades already written and writes nothing.
 */
export const claimWeeklySweep = async (db: SalesDeskDatabase, weekStart: string): Promise<boolean> => {
  let doc = await db.getLocal<Stored>(SWEEP_DOC);
  if (!doc) doc = await db.insertLocal<Stored>(SWEEP_DOC, { weekStart: '' }).catch(() => db.getLocal<Stored>(SWEEP_DOC));
  if (!doc) return false;
  let claimed = false;
  await doc.incrementalModify((data) => {
    claimed = data.weekStart !== weekStart;
    return { weekStart };
  });
  return claimed;
};

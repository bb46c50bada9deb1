import type { SalesDeskCollections } from '../db/collections.ts';
import type { Writer } from '../db/stampedWrites.ts';
import type { Role } from '../domain/roles.ts';
import { repointMerged } from './repointMerged.ts';

type Collections = Pick<SalesDeskCollections, 'customers' | 'followups' | 'comments'>;

export type WatchOptions = {
  /** A burst of changes (a sync catching up) is looked at once, this long after it settles. */
  settleMs?: number;
  onError?: (error: unknown) => void;
  /** Told after a pass that moved rows (tests wait on it). */
  onMoved?: (count: number) => void;
};

/**
 * Keeps rows off merged duplicates on this desktop (design: a merge moves what it sees; a row written
 * elsewhere before that desktop heard of the merge — offline — still names the duplicate when it
 * arrives, so every desktop re-points, after each change, the rows that name a merged customer and
 * that it may write; a rep's desktop moves the rep's own rows, a manager's any). A full pass runs at
 * start and when a customer is merged; a follow-up or comment arriving for a merged customer runs a
 * pass over that customer only. Passes never overlap. Returns stop.
 */
export const watchMergedRows = (db: Collections, writer: Writer, role: Role, options: WatchOptions = {}): (() => void) => {
  const merged = new Set<string>();
  let pending: Set<string> | 'all' | null = 'all';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const pass = async (only: Set<string> | 'all') => {
    if (stopped) return;
    const trashed = await db.customers.find({ selector: { trashed: true } }).exec();
    for (const c of trashed) if (c.mergedInto) merged.add(c.id);
    const moved = await repointMerged(db, writer, role, only === 'all' ? undefined : only);
    if (moved > 0) options.onMoved?.(moved);
  };
  const schedule = (ids: string[] | 'all') => {
    pending = ids === 'all' || pending === 'all' ? 'all' : new Set([...(pending ?? []), ...ids]);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const only = pending ?? 'all';
      pending = null;
      chain = chain.then(() => pass(only)).catch((e: unknown) => options.onError?.(e));
    }, options.settleMs ?? 500);
  };
  const subscriptions = [
    db.customers.$.subscribe((e) => {
      if ((e.documentData as { mergedInto?: string }).mergedInto) schedule('all');
    }),
    db.followups.$.subscribe((e) => {
      const id = (e.documentData as { customerId?: string }).customerId ?? '';
      if (merged.has(id)) schedule([id]);
    }),
    db.comments.$.subscribe((e) => {
      const id = (e.documentData as { targetId?: string }).targetId ?? '';
      if (merged.has(id)) schedule([id]);
    }),
  ];
  schedule('all');
  return () => {
    stopped = true;
    clearTimeout(timer);
    subscriptions.forEach((s) => s.unsubscribe());
  };
};

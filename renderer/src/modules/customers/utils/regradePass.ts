import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { gradeRecipients } from '../../../../../shared/customers/gradeRecipients.ts';
import { followUpsByCustomer, planRegrades } from '../../../../../shared/customers/planRegrades.ts';
import type { SalesDeskDatabase } from '../../../../../shared/db/collections.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import { patchManyStamped, type Writer } from '../../../../../shared/db/stampedWrites.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { stampNew } from '../../../../../shared/sync/stampWrite.ts';
import { weekStartOf } from '../../../../../shared/weekly/weekStartOf.ts';
import { gradeANotifications } from './gradeANotifications.ts';

/** Customers written per stamped bulk write: large enough to be quick, small enough to keep the UI responsive. */
const CHUNK = 500;

export type RegradeSources = {
  db: SalesDeskDatabase;
  writer: Writer;
  role: Role;
  members: readonly MemberDoc[];
  customers: Iterable<CustomerRow>;
  followUps: Iterable<GridRow>;
  utcOffsetMinutes: number;
  t: TFunction;
};

/**
 * One grading pass on this desktop: health score and grade recomputed (planRegrades) for `only` those
 * customers or all, of the customers this member may write (a rep's own; the hub would refuse the
 * rest); the changed ones written one stamped bulk write per chunk; for each rise to A a notice to the
 * owner's manager(s). `snapshot` records this week's grade on every customer (the weekly pass).
 * Returns how many customers were written.
 */
export const regradePass = async (s: RegradeSources, only: ReadonlySet<string> | null, snapshot: boolean): Promise<number> => {
  const now = s.writer.now();
  const today = toCalendarDate(now, s.utcOffsetMinutes);
  const mine = [...s.customers].filter((c) => (!only || only.has(c.id)) && (s.role !== 'rep' || c.ownerId === s.writer.memberId));
  if (mine.length === 0) return 0;
  const wanted = new Set(mine.map((c) => c.id));
  const touches = [...s.followUps].filter((f) => wanted.has(f.customerId));
  const plan = planRegrades(mine, followUpsByCustomer(touches), { today, weekStart: weekStartOf(today), utcOffsetMinutes: s.utcOffsetMinutes, snapshot });
  for (let i = 0; i < plan.patches.length; i += CHUNK) await patchManyStamped(s.db.customers, plan.patches.slice(i, i + CHUNK), s.writer);
  const notices = plan.rises.flatMap((rise) => gradeANotifications(s.t, rise, gradeRecipients(rise.ownerId, s.members), s.writer.memberId, today));
  if (notices.length) {
    const docs = notices.map((n) => stampNew(n, { now, memberId: s.writer.memberId, clock: s.writer.clock.next() }));
    const { error } = await s.db.notifications.bulkInsert(docs);
    // 409: the same notice already written (by this desktop earlier today, or by another that synced first).
    const failed = error.find((e) => e.status !== 409);
    if (failed) throw new Error(s.t('customers.gradeA.noticeFailed', { id: failed.documentId }));
  }
  return plan.patches.length;
};

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
import { nextIdle } from '../../../app/utils/nextIdle.ts';

/** Customers planned and written per idle slice: small enough that a slice fits between frames. */
const CHUNK = 200;


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

/** 升为 A 类 notices for the owners' managers; one already written (here earlier today, or elsewhere and synced) is fine. */
const writeNotices = async (s: RegradeSources, rises: ReturnType<typeof planRegrades>['rises'], now: number, today: string): Promise<void> => {
  const notices = rises.flatMap((rise) => gradeANotifications(s.t, rise, gradeRecipients(rise.ownerId, s.members), s.writer.memberId, today));
  if (notices.length === 0) return;
  const docs = notices.map((n) => stampNew(n, { now, memberId: s.writer.memberId, clock: s.writer.clock.next() }));
  const { error } = await s.db.notifications.bulkInsert(docs);
  const failed = error.find((e) => e.status !== 409);
  if (failed) throw new Error(s.t('customers.gradeA.noticeFailed', { id: failed.documentId }));
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
  const grouped = followUpsByCustomer([...s.followUps].filter((f) => wanted.has(f.customerId)));
  // Planned and written a chunk at a time (grades, then the notices of that chunk's rises), each in
  // idle time: a pass over thousands of customers never holds up a keystroke or a scroll.
  let written = 0;
  for (let i = 0; i < mine.length; i += CHUNK) {
    const plan = planRegrades(mine.slice(i, i + CHUNK), grouped, { today, weekStart: weekStartOf(today), utcOffsetMinutes: s.utcOffsetMinutes, snapshot });
    if (plan.patches.length) await patchManyStamped(s.db.customers, plan.patches, s.writer);
    written += plan.patches.length;
    await writeNotices(s, plan.rises, now, today);
    await nextIdle();
  }
  return written;
};

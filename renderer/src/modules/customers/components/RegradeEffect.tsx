import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxChangeEvent } from 'rxdb';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { GridRow } from '../../../../../shared/grid/gridTypes.ts';
import { weekStartOf } from '../../../../../shared/weekly/weekStartOf.ts';
import { useStartedAfter } from '../../../app/hooks/useStartedAfter.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { claimWeeklySweep } from '../utils/claimWeeklySweep.ts';
import { customersToRegrade } from '../utils/regradeInputsChanged.ts';
import { regradePass, type RegradeSources } from '../utils/regradePass.ts';

/** A burst of changes (a paste, a sync catching up) is graded once, this long after it settles. */
const SETTLE_MS = 800;
/** How often the day is looked at: a new day re-grades everything (the 90- and 30-day windows move). */
const DAY_CHECK_MS = 15 * 60_000;

type Latest = Omit<RegradeSources, 'customers' | 'followUps'> & { customers: ReadonlyMap<string, CustomerRow>; followUps: ReadonlyMap<string, GridRow> };

/**
 * Dynamic grading (DOMAIN.md), renders nothing. A customer is re-graded when its inputs change (its
 * follow-ups, contacts, 需求明确度, competitors — edited here or arriving by sync); every customer this
 * member may write is re-graded when the app starts and when the day changes (only changed results
 * are written); on a manager's or admin's desktop the first pass of each week also records the week's
 * grade on every customer (what grading accuracy is measured against). The same pass keeps a
 * customer's 最近跟进 / 阶段 / 状态 / 下次跟进 in step with its latest follow-up, which the grid's edits
 * do not touch. Passes never overlap.
 */
const RegradeWork = ({ memberId }: { memberId: string }): null => {
  const { t } = useTranslation();
  const db = useDatabase();
  const writer = useWriter();
  const members = useMembers();
  const settings = useTeamSettings();
  const customers = useCustomerRows();
  const followUps = useFollowUpRows();
  const role = members?.find((m) => m.id === memberId)?.role;
  const ready = !!(members && settings && role && customers.loaded && followUps.loaded);
  // The latest data, read when a pass starts (after the passes before it), never during render.
  const latest = useRef<Latest | null>(null);
  useEffect(() => {
    latest.current = members && settings && role ? { db, writer, role, members, customers: customers.rows, followUps: followUps.rows, utcOffsetMinutes: settings.utcOffsetMinutes, t } : null;
  });
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const run = (only: ReadonlySet<string> | null, weekly: boolean) => {
      chain.current = chain.current
        .then(async () => {
          const s = latest.current;
          if (cancelled || !s) return;
          const week = weekStartOf(toCalendarDate(s.writer.now(), s.utcOffsetMinutes));
          const sweep = weekly && s.role !== 'rep' && (await claimWeeklySweep(s.db, week));
          await regradePass({ ...s, customers: s.customers.values(), followUps: s.followUps.values() }, only, sweep);
        })
        .catch((e: unknown) => console.warn('regrade', e));
    };
    let day = '';
    const daily = () => {
      const today = toCalendarDate(Date.now(), latest.current?.utcOffsetMinutes ?? 480);
      if (today === day) return;
      day = today;
      run(null, true);
    };
    daily();
    const dayTimer = setInterval(daily, DAY_CHECK_MS);
    let dirty = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const mark = (ids: readonly string[]) => {
      if (ids.length === 0) return;
      ids.forEach((id) => dirty.add(id));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const only = dirty;
        dirty = new Set();
        run(only, false);
      }, SETTLE_MS);
    };
    const subs = [
      db.followups.$.subscribe((e) => mark(customersToRegrade(e as unknown as RxChangeEvent<never>, 'followups'))),
      db.customers.$.subscribe((e) => mark(customersToRegrade(e as unknown as RxChangeEvent<never>, 'customers'))),
    ];
    return () => {
      cancelled = true;
      clearInterval(dayTimer);
      clearTimeout(timer);
      subs.forEach((s) => s.unsubscribe());
    };
  }, [ready, db]);
  return null;
};

/** How long after the app starts grading begins: the first page paints and loads its rows first. */
const START_AFTER_MS = 10_000;

/** Dynamic grading, started a few seconds after the app (`startAfterMs` 0 in tests); see RegradeWork. */
export const RegradeEffect = ({ memberId, startAfterMs = START_AFTER_MS }: { memberId: string; startAfterMs?: number }) =>
  useStartedAfter(startAfterMs) ? <RegradeWork memberId={memberId} /> : null;

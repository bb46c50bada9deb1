import { useEffect, useState } from 'react';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { useLiveInputs } from '../hooks/useLiveInputs.ts';
import { loadDashboardSnapshot, saveDashboardSnapshot } from '../utils/snapshotCache.ts';
import { snapshotOf } from '../utils/snapshotOf.ts';

/** Long enough after start that the page the user opened, grading and reminders have had the machine. */
const PRIME_AFTER_MS = 20_000;

/** Saves a first 看板 snapshot from the app's rows in memory when this desktop has none (renders nothing). */
const Prime = ({ scope }: { scope: string }): null => {
  const set = useFollowUpRows();
  const inputs = useLiveInputs();
  const ready = set.loaded && inputs !== null;
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    let idle = 0;
    void loadDashboardSnapshot(scope).then((existing) => {
      if (existing || cancelled) return;
      const save = () => !cancelled && void saveDashboardSnapshot(scope, snapshotOf(set.rows.values(), inputs, toCalendarDate(Date.now(), inputs.utcOffsetMinutes)));
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(save, { timeout: 10_000 }) : window.setTimeout(save, 0);
    });
    return () => {
      cancelled = true;
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    };
    // Once per start: a later snapshot is the 看板's own business (SnapshotSaveEffect).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, scope]);
  return null;
};

/**
 * The 看板 draws at once from its last snapshot; without one (the first visit on a desktop) it must
 * wait for every follow-up to be read. So some time after start, if this desktop has no snapshot yet,
 * one is written from the rows the app already holds: the first visit is then as quick as the next.
 */
export const SnapshotPrimeEffect = ({ memberId }: { memberId: string }) => {
  const scope = `${useDatabase().name}/${memberId}`;
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), PRIME_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return due ? <Prime scope={scope} /> : null;
};

import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../db/DatabaseContext.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useWriter } from '../../../db/useWriter.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { useGridLookups } from '../../followups/hooks/useGridLookups.ts';
import { useCustomerOwners } from '../../today/hooks/useCustomerOwners.ts';
import { useMyNotifications } from '../hooks/useMyNotifications.ts';
import { useReminderPrefs } from '../hooks/useReminderPrefs.ts';
import { runReminders, type ReminderSources } from '../utils/runReminders.ts';

/** A burst of changes (a paste, a sync catching up) is looked at once, this long after it settles. */
const SETTLE_MS = 1000;
/** At the latest, look again after a minute (a browser's permission may have changed meanwhile). */
const MAX_SLEEP_MS = 60_000;

/**
 * The reminder loop: after data changes and on a timer (woken for the next thing due), it runs one
 * pass of runReminders. Passes never overlap. Renders nothing.
 */
export const ReminderEffect = ({ memberId }: { memberId: string }): null => {
  const { t } = useTranslation();
  const db = useDatabase();
  const set = useFollowUpRows();
  const lookups = useGridLookups();
  const owners = useCustomerOwners();
  const settings = useTeamSettings();
  const role = useMembers()?.find((m) => m.id === memberId)?.role;
  const notifications = useMyNotifications(memberId);
  const [prefs] = useReminderPrefs(memberId);
  const writer = useWriter();
  const sources = useMemo(
    (): Omit<ReminderSources, 'now' | 'rows'> | null =>
      settings && role && notifications && prefs ? { db, t, memberId, role, settings, lookups, owners: owners ?? null, notifications, muted: new Set(prefs.muted), writer } : null,
    [db, t, memberId, role, settings, lookups, owners, notifications, prefs, writer],
  );
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pass = async (): Promise<number | null> => {
      if (!sources) return null;
      return runReminders({ ...sources, rows: set.loaded ? [...set.rows.values()] : null, now: Date.now() });
    };
    const tick = () => {
      const run = chain.current.then(pass, pass);
      chain.current = run;
      void run.then(
        (nextAt) => {
          if (cancelled) return;
          const sleep = nextAt === null ? MAX_SLEEP_MS : Math.min(MAX_SLEEP_MS, Math.max(1000, nextAt - Date.now()));
          timer = setTimeout(tick, sleep);
        },
        () => !cancelled && (timer = setTimeout(tick, MAX_SLEEP_MS)),
      );
    };
    timer = setTimeout(tick, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [sources, set]);
  return null;
};

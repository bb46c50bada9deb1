import { BehaviorSubject, type Subscription } from 'rxjs';
import type { HubConnection } from './hubConnection.ts';
import { applyPresence, expirePresence, type PresenceMap } from './presenceMap.ts';
import type { EditingCell } from './syncProtocol.ts';

export type TeamPresence = {
  /** Teammates' open editors (never this session's own); empty while not connected. */
  presence$: BehaviorSubject<PresenceMap>;
  /** The cell this user is editing, or null; sent now, refreshed while open, and re-sent after a reconnect. */
  setEditing: (editing: EditingCell | null) => void;
  stop: () => void;
};

export type PresenceOptions = {
  now?: () => number;
  /** An editor not refreshed for this long is dropped (its desktop crashed or the stream stopped). */
  ttlMs?: number;
  /** How often an open editor is announced again; well under ttlMs. */
  refreshMs?: number;
};

/** What presence needs of the hub connection. */
export type PresenceLink = Pick<HubConnection, 'state$' | 'welcome$' | 'presence$' | 'sendPresence'>;

const sameCell = (a: EditingCell | null, b: EditingCell | null) => a === b || (!!a && !!b && a.collection === b.collection && a.id === b.id && a.field === b.field);

/** "Who is editing which cell" over the sync connection: ephemeral, never written to the database. */
export const createTeamPresence = (link: PresenceLink, o: PresenceOptions = {}): TeamPresence => {
  const now = o.now ?? Date.now;
  const ttlMs = o.ttlMs ?? 30_000;
  const presence$ = new BehaviorSubject<PresenceMap>(new Map());
  const emit = (next: PresenceMap) => next !== presence$.value && presence$.next(next);
  let mine: EditingCell | null = null;
  let stopped = false;
  const subs: Subscription[] = [
    link.presence$.subscribe((m) => emit(applyPresence(presence$.value, m, now()))),
    // Offline, nobody's presence can be trusted; the hub sends what is current after the next welcome.
    link.state$.subscribe((s) => s.state !== 'online' && emit(new Map())),
    link.welcome$.subscribe(() => mine && link.sendPresence(mine)),
  ];
  const refresh = setInterval(() => mine && link.sendPresence(mine), o.refreshMs ?? 10_000);
  const sweep = setInterval(() => emit(expirePresence(presence$.value, now(), ttlMs)), Math.min(1000, ttlMs / 2));
  return {
    presence$,
    setEditing: (editing) => {
      if (stopped || sameCell(editing, mine)) return;
      mine = editing;
      link.sendPresence(editing);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      if (mine) link.sendPresence(null);
      mine = null;
      subs.forEach((s) => s.unsubscribe());
      clearInterval(refresh);
      clearInterval(sweep);
      emit(new Map());
    },
  };
};

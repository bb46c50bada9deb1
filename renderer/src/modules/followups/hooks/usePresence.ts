import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { of, switchMap } from 'rxjs';
import type { PresenceMap } from '../../../../../shared/sync/presenceMap.ts';
import { useMembers } from '../../../db/useMembers.ts';
import { useObservable } from '../../../db/useObservable.ts';
import { useTeamPresence } from '../../../sync/TeamPresenceContext.ts';
import { presenceByRow, type CellPresence } from '../utils/presenceByRow.ts';

/** The follow-up cell this user has an editor open on. */
export type EditingFollowUpCell = { id: string; field: string };

export type FollowUpPresence = {
  /** Teammates' open editors: row id → one entry per (cell, member). Empty when not connected to a hub. */
  byRow: ReadonlyMap<string, readonly CellPresence[]>;
  /** Tell teammates which cell this user is editing (null when the editor closes). Stable; a no-op offline. */
  setEditing: (cell: EditingFollowUpCell | null) => void;
};

const empty: PresenceMap = new Map();

/** Who is editing which follow-up cell, live over the team sync connection. */
export const usePresence = (): FollowUpPresence => {
  const { t } = useTranslation();
  const source$ = useTeamPresence();
  const members = useMembers();
  const map = useObservable(() => source$.pipe(switchMap((p) => (p ? p.presence$ : of(empty)))), [source$]);
  const setEditing = useCallback(
    (cell: EditingFollowUpCell | null) => source$.value?.setEditing(cell ? { collection: 'followups', id: cell.id, field: cell.field } : null),
    [source$],
  );
  // Leaving the page closes any open editor as far as teammates are concerned.
  useEffect(() => () => source$.value?.setEditing(null), [source$]);
  const fallback = t('presence.someone');
  const byRow = useMemo(() => presenceByRow(map ?? empty, new Map((members ?? []).map((m) => [m.id, m.name])), fallback), [map, members, fallback]);
  return { byRow, setEditing };
};

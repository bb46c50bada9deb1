import type { PresenceMap } from '../../../../../shared/sync/presenceMap.ts';
import { memberColor } from './memberColor.ts';

/** A teammate's open editor on one cell of a row. */
export type CellPresence = { field: string; memberId: string; memberName: string; color: string };

/**
 * Teammates' follow-up editors grouped by row id, for the grid. Two sessions of one member on one cell
 * (two windows) show once; an unknown member (not synced yet) shows as `fallbackName`.
 */
export const presenceByRow = (map: PresenceMap, names: ReadonlyMap<string, string>, fallbackName: string): ReadonlyMap<string, readonly CellPresence[]> => {
  const byRow = new Map<string, CellPresence[]>();
  for (const { memberId, editing } of map.values()) {
    if (editing.collection !== 'followups') continue;
    const list = byRow.get(editing.id) ?? [];
    if (list.some((p) => p.field === editing.field && p.memberId === memberId)) continue;
    list.push({ field: editing.field, memberId, memberName: names.get(memberId) ?? fallbackName, color: memberColor(memberId) });
    byRow.set(editing.id, list);
  }
  return byRow;
};

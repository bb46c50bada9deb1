import type { ColumnLayout } from './applyColumnLayout.ts';

/**
 * The layout with column `id` moved just before `beforeId` (or to the end when null). The whole order
 * is written out, so later moves and newly added columns stay predictable.
 */
export const moveColumn = (layout: ColumnLayout, allIds: readonly string[], id: string, beforeId: string | null): ColumnLayout => {
  const current = [...new Set([...layout.order.filter((c) => allIds.includes(c)), ...allIds])];
  if (!current.includes(id) || id === beforeId) return layout;
  const rest = current.filter((c) => c !== id);
  const at = beforeId === null ? rest.length : rest.indexOf(beforeId);
  if (at < 0) return layout;
  return { ...layout, order: [...rest.slice(0, at), id, ...rest.slice(at)] };
};

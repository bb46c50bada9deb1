import { useMemo } from 'react';
import type { ValidationRule } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import type { GridColumn } from '../../../../../shared/grid/gridTypes.ts';

/**
 * The team's enabled rules that the grid can show: a rule about an archived custom field would mark
 * rows for a column nobody can see or fill, so it waits until the field is restored.
 */
export const useLiveRules = (rules: readonly ValidationRule[] | undefined, columns: readonly GridColumn[]): ValidationRule[] =>
  useMemo(() => {
    const live = new Set(columns.map((c) => c.id));
    return (rules ?? []).filter((r) => r.enabled && live.has(r.field) && r.requires.every((f) => live.has(f)));
  }, [rules, columns]);

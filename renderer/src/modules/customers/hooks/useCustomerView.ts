import { useMemo, useState } from 'react';
import { computeCustomerView, type CustomerViewState } from '../../../../../shared/customers/computeCustomerView.ts';
import { customerColumns } from '../../../../../shared/customers/customerColumns.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import { applyCustomerView, customerViews, type CustomerViewId } from '../../../../../shared/customers/customerViews.ts';
import { toCalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import type { Role } from '../../../../../shared/domain/roles.ts';
import { applyColumnLayout } from '../../../../../shared/grid/applyColumnLayout.ts';
import type { GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { useNow } from '../../../app/hooks/useNow.ts';
import type { WorkingSetOf } from '../../../db/collectionWorkingSet.ts';
import { searchIndexer } from '../../followups/utils/searchIndexer.ts';

export type CustomerView = {
  ids: string[];
  columns: GridColumn[];
  frozen: number;
  allColumns: GridColumn[];
  today: string;
  /** Customers in each built-in view (the tabs show them). */
  counts: Record<CustomerViewId, number>;
};

/**
 * The customers a view shows, recomputed when the view or the set of customers changes, not when a
 * customer's content changes (an edited row keeps its place until the user sorts or filters again).
 * A rep cannot hand a customer to someone else, so 负责人 is read-only for reps.
 */
export const useCustomerView = (set: WorkingSetOf<CustomerRow>, state: CustomerViewState, lookups: GridLookups, memberId: string, role: Role | undefined): CustomerView => {
  const allColumns = useMemo(() => customerColumns(lookups.customFields).map((c) => (c.id === 'ownerId' && role === 'rep' ? { ...c, readOnly: true } : c)), [lookups.customFields, role]);
  const layout = useMemo(() => applyColumnLayout(allColumns, state.columns), [allColumns, state.columns]);
  const now = useNow();
  const today = toCalendarDate(now, lookups.utcOffsetMinutes);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- membership, not the Map identity, says when rows came or went
  const all = useMemo((): CustomerRow[] => [...set.rows.values()], [set.membership, set.loaded]);
  const [indexer] = useState(() => searchIndexer<CustomerRow>());
  const index = useMemo(() => indexer(all, layout.columns, lookups), [indexer, all, layout.columns, lookups]);
  const ids = useMemo(
    () => computeCustomerView(all, state, allColumns, lookups, { memberId, today, now }, index).map((r) => r.id),
    // `now` moves every minute; the view follows the day.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all, state, allColumns, lookups, memberId, today, index],
  );
  // Counts follow content too (a grade changed to A), so they read the live rows.
  const counts = useMemo(() => {
    const rows = [...set.rows.values()];
    const ctx = { memberId, today, now };
    return Object.fromEntries(customerViews.map((v) => [v.id, applyCustomerView(v.id, rows, ctx, lookups).length])) as Record<CustomerViewId, number>;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [set.membership, set.revision, set.loaded, memberId, today, lookups]);
  return { ids, columns: layout.columns, frozen: layout.frozen, allColumns, today, counts };
};

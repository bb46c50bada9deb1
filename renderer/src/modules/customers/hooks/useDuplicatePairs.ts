import { useMemo } from 'react';
import { duplicatePairs, type DuplicatePair } from '../../../../../shared/customers/duplicatePairs.ts';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { WorkingSetOf } from '../../../db/collectionWorkingSet.ts';

/** Pairs of live customers sharing a normalized name or a phone, across the whole list (recomputed when customers change). */
export const useDuplicatePairs = (set: WorkingSetOf<CustomerRow>): DuplicatePair[] =>
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the rows change in place; membership and revision say when
  useMemo(() => (set.loaded ? duplicatePairs([...set.rows.values()]) : []), [set.membership, set.revision, set.loaded]);

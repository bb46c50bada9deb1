import { useCallback, type ReactNode } from 'react';
import type { CustomerRow } from '../../../../../shared/customers/customerRow.ts';
import type { GridColumn, GridLookups } from '../../../../../shared/grid/gridTypes.ts';
import { appLinkHash } from '../../../../../shared/links/appLink.ts';
import { GradeCell } from '../components/GradeCell.tsx';
import { HealthCell } from '../components/HealthCell.tsx';
import { healthOf } from '../utils/healthOf.ts';
import type { useFollowUpsByCustomer } from './useFollowUpsByCustomer.ts';

type Options = {
  lookups: GridLookups;
  today: string;
  followUps: ReturnType<typeof useFollowUpsByCustomer>;
  onOverride?: (row: CustomerRow) => void;
};

/** How the 客户 list draws its special cells: the name opens the customer's page, the grade and health explain themselves. */
export const useCustomerCells = ({ lookups, today, followUps, onOverride }: Options): ((row: CustomerRow, column: GridColumn) => ReactNode) => {
  const memberName = useCallback((id: string) => lookups.members.get(id)?.name ?? id, [lookups]);
  return useCallback(
    (row: CustomerRow, column: GridColumn): ReactNode => {
      if (column.id === 'name') return <a className="customer-link" href={appLinkHash({ kind: 'customer', id: row.id })}>{row.name}</a>;
      if (column.id !== 'effectiveGrade' && column.id !== 'healthScore') return undefined;
      const health = healthOf(row, followUps.of(row.id), today, lookups.utcOffsetMinutes);
      if (column.id === 'healthScore') return <HealthCell row={row} health={health} />;
      return <GradeCell row={row} health={health} memberName={memberName} utcOffsetMinutes={lookups.utcOffsetMinutes} {...(onOverride ? { onOverride } : {})} />;
    },
    [followUps, today, lookups, memberName, onOverride],
  );
};

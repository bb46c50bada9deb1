import { useMemo } from 'react';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useListOf } from '../../../db/useListOf.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useAllRows } from '../../teamReports/hooks/useAllRows.ts';
import type { DashboardInputs } from '../utils/dashboardInputs.ts';

/** The store's inputs once all are read. Members and reports come in one IndexedDB request each, not a cursor step per document. */
export const useLiveInputs = (): DashboardInputs | null => {
  const members = useAllRows('members');
  const reports = useAllRows('dailyreports');
  const customers = useListOf(useCustomerRows());
  const settings = useTeamSettings();
  return useMemo(
    () => (settings && members && reports && customers
      ? { options: settings.options, utcOffsetMinutes: settings.utcOffsetMinutes, reportDeadline: settings.reportDeadline, members, reports, customers, rows: null }
      : null),
    [settings, members, reports, customers],
  );
};


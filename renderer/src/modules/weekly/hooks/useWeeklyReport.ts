import { useMemo } from 'react';
import type { CustomerDoc } from '../../../../../shared/db/schemas/customerSchema.ts';
import type { MemberDoc } from '../../../../../shared/db/schemas/memberSchema.ts';
import type { TeamSettingsDoc } from '../../../../../shared/db/schemas/teamSettingsSchema.ts';
import { addDays, type CalendarDate } from '../../../../../shared/domain/calendarDate.ts';
import { buildWeeklyReport } from '../../../../../shared/weekly/buildWeeklyReport.ts';
import { normalizeWeeklyTemplate, type WeeklyTemplateModel } from '../../../../../shared/weekly/normalizeWeeklyTemplate.ts';
import type { WeeklyReport } from '../../../../../shared/weekly/weeklyReportTypes.ts';
import { weekStartOf } from '../../../../../shared/weekly/weekStartOf.ts';
import { useTeamSettings } from '../../../db/useTeamSettings.ts';
import { useReportsBetween } from '../../teamReports/hooks/useReportsBetween.ts';
import { useAllMembers } from './useAllMembers.ts';
import { useFollowUpRows } from '../../followups/hooks/useFollowUpRows.ts';
import { useCustomerRows } from '../../../db/useCustomerRows.ts';
import { useListOf } from '../../../db/useListOf.ts';

/** A week's 周报 with what it was built from (names for the export, the template's columns and titles). */
export type WeeklyReportData = {
  report: WeeklyReport;
  template: WeeklyTemplateModel;
  settings: TeamSettingsDoc;
  members: MemberDoc[];
  customers: CustomerDoc[];
};

/**
 * The 周报 of the week holding `weekStart`, live: the team's follow-ups and customers as the grid's working
 * set keeps them (last week's rows and each customer's earlier stage are needed), the week's 日报 over the
 * date index. undefined while any of them is still loading.
 */
export const useWeeklyReport = (weekStart: CalendarDate): WeeklyReportData | undefined => {
  const monday = weekStartOf(weekStart);
  const settings = useTeamSettings();
  const members = useAllMembers();
  const followUps = useListOf(useFollowUpRows());
  const customers = useListOf(useCustomerRows());
  const reports = useReportsBetween(monday, addDays(monday, 6));
  return useMemo(() => {
    if (!settings || !members || !followUps || !customers || !reports) return undefined;
    const template = normalizeWeeklyTemplate(settings.weeklyTemplate);
    const wonStageIds = settings.options.stages.filter((s) => s.kind === 'won').map((s) => s.id);
    const report = buildWeeklyReport({
      weekStart: monday, utcOffsetMinutes: settings.utcOffsetMinutes, members, followUps, customers, reports, template,
      reportTemplate: settings.reportTemplate, wonStageIds,
    });
    return { report, template, settings, members, customers };
  }, [monday, settings, members, followUps, customers, reports]);
};

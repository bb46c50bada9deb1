import { TEAM_SETTINGS_ID, type TeamSettingsDoc } from '../db/schemas/teamSettingsSchema.ts';
import { defaultReportTemplate } from '../reports/defaultReportTemplate.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';
import { defaultOptionLists } from './options.ts';

export type TeamSettingsFields = Omit<TeamSettingsDoc, keyof SyncMeta>;

/** A new team's settings: DOMAIN.md's option lists, a 20:00 report deadline, China's UTC+8. */
export const defaultTeamSettings = (teamName: string, company: string): TeamSettingsFields => ({
  id: TEAM_SETTINGS_ID,
  teamName,
  company,
  department: '销售部',
  utcOffsetMinutes: 480,
  reportDeadline: '20:00',
  options: defaultOptionLists(),
  customFields: [],
  validationRules: [
    { id: 'quoteNeedsAmount', field: 'status', values: ['quoted'], requires: ['amount'], message: '已报价需填写金额', enabled: true },
    { id: 'signedNeedsAmount', field: 'status', values: ['signed'], requires: ['amount'], message: '已签约需填写成交金额', enabled: true },
    { id: 'nextActionNeedsDate', field: 'nextAction', values: [], requires: ['nextDate'], message: '下一步计划需填写日期', enabled: true },
  ],
  reportTemplate: defaultReportTemplate(),
  weeklyTemplate: {
    kpis: ['target', 'actual', 'completion', 'lastWeek', 'wow', 'newCustomers', 'followUps', 'quotes', 'won', 'amount'],
    sectionTitles: { summary: '本周总结', risks: '问题与风险', nextWeek: '下周计划' },
  },
  repsSeeOwnOnly: false,
  weeklySummaryAt: { weekday: 1, time: '08:30' },
});

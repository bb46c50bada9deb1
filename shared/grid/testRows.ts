import { descKey } from '../db/schemas/followUpSchema.ts';
import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { generateDemoData } from '../demo/generateDemoData.ts';
import { defaultTeamSettings } from '../domain/defaultTeamSettings.ts';
import { stampNew } from '../sync/stampWrite.ts';
import { gridColumns } from './followUpColumns.ts';
import type { GridColumn, GridLookups, GridRow, ViewContext } from './gridTypes.ts';

/** 2026-11-20 10:00 in Shanghai (a Friday): the default 跟进时间 of a test row. */
export const TEST_FOLLOWED_AT = Date.UTC(2026, 10, 20, 2, 0);

/** A valid, fully stamped follow-up for unit tests; `patch` overrides any field (followedDesc follows followedAt). */
export const testRow = (id: string, patch: Partial<GridRow> = {}): GridRow => {
  const followedAt = patch.followedAt ?? TEST_FOLLOWED_AT;
  const base = {
    id, customerId: 'c1', contactId: '', followedAt, followedDesc: descKey(followedAt), method: 'phone', summary: '电话沟通',
    status: 'callback', stage: 'contact', nextDate: '', nextAction: '', nextOwnerId: '', ownerId: 'rep01', remark: '', custom: {}, importBatchId: '',
  };
  const stamped = stampNew(base, { now: patch.createdAt ?? followedAt, memberId: base.ownerId, clock: `${followedAt}:0000:test` });
  return { ...stamped, ...patch, followedDesc: descKey(followedAt) };
};

/** Three customers, three members and the default option lists, with optional custom fields. */
export const testLookups = (customFields: CustomFieldDef[] = []): GridLookups => ({
  customers: new Map([
    ['c1', { name: '张江精密机械', stage: 'contact', contacts: [{ id: 'c1-k1', name: '王工' }] }],
    ['c2', { name: '阿里云计算', stage: 'quote', contacts: [{ id: 'c2-k1', name: '李经理' }] }],
    ['c3', { name: 'Bosch 博世', stage: 'won', contacts: [] }],
  ]),
  members: new Map([
    ['rep01', { name: '赵敏' }],
    ['rep02', { name: '安然' }],
    ['rep03', { name: '孙立' }],
  ]),
  options: defaultTeamSettings('测试团队', '测试公司').options,
  customFields,
  utcOffsetMinutes: 480,
});

/** A view context for member rep01 on `today` (noon in Shanghai). */
export const testContext = (today = '2026-11-20', memberId = 'rep01'): ViewContext => {
  const [y, m, d] = today.split('-').map(Number);
  return { memberId, today, now: Date.UTC(y ?? 2026, (m ?? 1) - 1, d ?? 1, 4) };
};

export type DemoGrid = { rows: GridRow[]; lookups: GridLookups; columns: GridColumn[]; ctx: ViewContext };

/** The demo data set as the grid sees it: 2026-11-23 (a Monday) 12:00 in Shanghai, seen by rep01. */
export const demoGrid = (followUps: number): DemoGrid => {
  const data = generateDemoData({ seed: 1, now: Date.UTC(2026, 10, 23, 4), followUps });
  const settings = defaultTeamSettings('华东销售团队', '上海启航智能装备有限公司');
  const lookups: GridLookups = {
    customers: new Map(data.customers.map((c) => [c.id, { name: c.name, stage: c.stage, contacts: c.contacts.map((k) => ({ id: k.id, name: k.name })) }])),
    members: new Map(data.members.map((m) => [m.id, { name: m.name }])),
    options: settings.options,
    customFields: settings.customFields,
    utcOffsetMinutes: settings.utcOffsetMinutes,
  };
  return { rows: data.followUps, lookups, columns: gridColumns(settings.customFields), ctx: { memberId: 'rep01', today: '2026-11-23', now: Date.UTC(2026, 10, 23, 4) } };
};

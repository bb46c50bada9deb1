import { addDays, startOfCalendarDate } from '../domain/calendarDate.ts';
import type { GridLookups, ViewContext } from '../grid/gridTypes.ts';
import type { CustomerRow } from './customerRow.ts';

/** The 客户 list's built-in views. */
export type CustomerViewId = 'mine' | 'gradeA' | 'stalled7' | 'all' | 'trash';

/** In tab order: zh-CN name and the i18n key the renderer translates. */
export const customerViews: readonly { id: CustomerViewId; name: string; i18nKey: `customers.views.${CustomerViewId}` }[] = [
  { id: 'mine', name: '我的客户', i18nKey: 'customers.views.mine' },
  { id: 'gradeA', name: 'A类客户', i18nKey: 'customers.views.gradeA' },
  { id: 'stalled7', name: '7天无进展', i18nKey: 'customers.views.stalled7' },
  { id: 'all', name: '全部', i18nKey: 'customers.views.all' },
  { id: 'trash', name: '回收站', i18nKey: 'customers.views.trash' },
];

/**
 * DOMAIN.md's 7天无进展 for a customer: in an open stage, with no follow-up in the 7 days before today
 * (team calendar) — a customer entered more than 7 days ago and never followed up counts too.
 */
const stalled = (rows: readonly CustomerRow[], ctx: ViewContext, lookups: GridLookups): CustomerRow[] => {
  const open = new Set(lookups.options.stages.filter((s) => s.kind === 'open').map((s) => s.id));
  const cutoff = startOfCalendarDate(addDays(ctx.today, -7), lookups.utcOffsetMinutes);
  return rows.filter((r) => !r.trashed && open.has(r.stage) && (r.lastFollowedAt || r.createdAt) < cutoff);
};

/** The rows of a built-in view, in input order; every view but 回收站 leaves the recycle bin out. */
export const applyCustomerView = (view: CustomerViewId, rows: readonly CustomerRow[], ctx: ViewContext, lookups: GridLookups): CustomerRow[] => {
  switch (view) {
    case 'all': return rows.filter((r) => !r.trashed);
    case 'mine': return rows.filter((r) => !r.trashed && r.ownerId === ctx.memberId);
    case 'gradeA': return rows.filter((r) => !r.trashed && r.effectiveGrade === 'A');
    case 'stalled7': return stalled(rows, ctx, lookups);
    case 'trash': return rows.filter((r) => r.trashed);
  }
};

import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import { descKey, type FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import { startOfCalendarDate, toCalendarDate } from '../domain/calendarDate.ts';
import { parseNumberText } from '../grid/parseNumberText.ts';
import type { SyncMeta } from '../sync/syncMeta.ts';

/** The 新增跟进 form on a customer's page, as typed. */
export type FollowUpInput = {
  date: string;
  time: string;
  method: string;
  contactId: string;
  summary: string;
  stage: string;
  status: string;
  amount: string;
  nextDate: string;
  nextAction: string;
};

export type FollowUpFields = Omit<FollowUpDoc, keyof SyncMeta>;
export type FollowUpErrors = Partial<Record<keyof FollowUpInput, string>>;
type Context = { id: string; customerId: string; ownerId: string; utcOffsetMinutes: number; now: number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A follow-up may be logged a few minutes ahead of the desktop's clock, not in the future. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** The form as the page opens it: now, by phone, at the customer's current stage and status. */
export const newFollowUpInput = (customer: Pick<CustomerDoc, 'stage' | 'status'>, now: number, utcOffsetMinutes: number): FollowUpInput => {
  const local = new Date(now + utcOffsetMinutes * 60_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return { date: toCalendarDate(now, utcOffsetMinutes), time, method: 'phone', contactId: '', summary: '', stage: customer.stage || 'lead', status: customer.status || 'callback', amount: '', nextDate: '', nextAction: '' };
};

const problems = (input: FollowUpInput, followedAt: number, amount: number | null, now: number): FollowUpErrors => {
  const errors: FollowUpErrors = {};
  if (!DATE.test(input.date) || !TIME.test(input.time)) errors.date = '请填写跟进的日期和时间。';
  else if (followedAt > now + CLOCK_SLACK_MS) errors.date = '跟进时间不能晚于现在：计划中的事请写在“下一步计划”里。';
  if (input.summary.trim() === '') errors.summary = '请写下这次跟进的内容，例如谈了什么、客户怎么说。';
  else if (input.summary.length > 20000) errors.summary = '跟进内容最多 20000 字，请精简。';
  if (input.amount.trim() !== '' && (amount === null || amount < 0)) errors.amount = '金额看不懂：请写数字，例如 12000 或 1.2万。';
  if (input.nextDate !== '' && !DATE.test(input.nextDate)) errors.nextDate = '下一步日期格式不对，请重新选择。';
  else if (input.nextDate !== '' && DATE.test(input.date) && input.nextDate < input.date) errors.nextDate = '下一步日期不能早于这次跟进的日期。';
  if (input.nextAction.length > 2000) errors.nextAction = '下一步计划最多 2000 字。';
  return errors;
};

/**
 * The typed form as a follow-up record of this customer, 责任人 the writer, or what to fix per field
 * (Chinese). The time is read on the team's calendar; an amount may be written 1.2万 or ¥12,000.
 */
export const parseFollowUpInput = (input: FollowUpInput, ctx: Context): { ok: true; fields: FollowUpFields } | { ok: false; errors: FollowUpErrors } => {
  const [h = 0, m = 0] = input.time.split(':').map(Number);
  const followedAt = DATE.test(input.date) ? startOfCalendarDate(input.date, ctx.utcOffsetMinutes) + (h * 60 + m) * 60_000 : NaN;
  const amount = input.amount.trim() === '' ? null : parseNumberText(input.amount);
  const errors = problems(input, followedAt, amount, ctx.now);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      id: ctx.id, customerId: ctx.customerId, contactId: input.contactId, followedAt, followedDesc: descKey(followedAt), method: input.method,
      summary: input.summary.trim(), status: input.status, stage: input.stage, ...(amount === null ? {} : { amount }),
      nextDate: input.nextDate, nextAction: input.nextAction.trim(), nextOwnerId: input.nextDate || input.nextAction.trim() ? ctx.ownerId : '',
      ownerId: ctx.ownerId, remark: '', custom: {}, importBatchId: '',
    },
  };
};

/**
 * What a new follow-up changes on its customer: the latest one decides the stage, status, 最近跟进 and
 * 下次跟进 (the list sorts and filters on them); an older one, logged late, changes nothing.
 */
export const customerAfterFollowUp = (
  customer: Pick<CustomerDoc, 'lastFollowedAt' | 'stage' | 'status' | 'nextDate'>,
  f: Pick<FollowUpDoc, 'followedAt' | 'stage' | 'status' | 'nextDate'>,
): Partial<Pick<CustomerDoc, 'lastFollowedAt' | 'stage' | 'status' | 'nextDate'>> => {
  if (f.followedAt < customer.lastFollowedAt) return {};
  const next = { lastFollowedAt: f.followedAt, stage: f.stage, status: f.status, nextDate: f.nextDate };
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => customer[k as keyof typeof next] !== v));
};

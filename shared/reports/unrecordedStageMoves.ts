import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { CalendarDate } from '../domain/calendarDate.ts';
import type { StageOption } from '../domain/options.ts';
import { parseHlc } from '../sync/hlc.ts';
import { dayWindow } from './dayWindow.ts';

type FollowUpRow = Pick<FollowUpDoc, 'id' | 'customerId' | 'followedAt' | 'stage' | 'ownerId' | 'trashed' | 'clock'>;
type CustomerRow = Pick<CustomerDoc, 'id' | 'ownerId' | 'stage' | 'trashed' | 'clock'>;

/** A stage raised on a day when the customer got no follow-up: the pipeline moved with nothing recorded. */
export type UnrecordedStageMove = {
  customerId: string;
  /** The customer's owner, or the edited follow-up's 责任人. */
  memberId: string;
  /** The stage the follow-ups had reached ('' = none), and the stage it was raised to. */
  from: string;
  to: string;
  movedAt: number;
  /** 'customer': the 客户档案's stage was edited; 'followUp': an older follow-up's stage was edited. */
  source: 'customer' | 'followUp';
  /** The rows to open: the edited follow-up, or the customer's latest one (none if it never had one). */
  followUpIds: string[];
};

export type UnrecordedStageMovesInput = {
  followUps: readonly FollowUpRow[];
  customers: readonly CustomerRow[];
  stages: readonly StageOption[];
  day: CalendarDate;
  utcOffsetMinutes: number;
};

/** When a record's stage was last edited (its own clock entry; a record created with its stage has none). */
const stageEditedAt = (doc: { clock: Record<string, string> }): number | null => {
  const clock = doc.clock['stage'];
  return clock ? parseHlc(clock).ms : null;
};

type Day = {
  onDay: (at: number | null) => at is number;
  forward: (from: string, to: string) => boolean;
  /** Customers with a follow-up dated on the day. */
  touched: ReadonlySet<string>;
};

const sameCustomerOrder = (a: FollowUpRow, b: FollowUpRow): number => a.followedAt - b.followedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each customer's live follow-ups in time order (ties by id, as the daily report orders them). */
const timelines = (live: readonly FollowUpRow[]): Map<string, FollowUpRow[]> => {
  const byCustomer = new Map<string, FollowUpRow[]>();
  for (const f of live) {
    const list = byCustomer.get(f.customerId);
    if (list) list.push(f);
    else byCustomer.set(f.customerId, [f]);
  }
  for (const list of byCustomer.values()) list.sort(sameCustomerOrder);
  return byCustomer;
};

const customerMoves = (customers: readonly CustomerRow[], lines: Map<string, FollowUpRow[]>, end: number, day: Day): UnrecordedStageMove[] =>
  customers.flatMap((c) => {
    const at = stageEditedAt(c);
    const latest = (lines.get(c.id) ?? []).filter((f) => f.followedAt < end).at(-1);
    const from = latest?.stage ?? '';
    if (c.trashed || !day.onDay(at) || day.touched.has(c.id) || !day.forward(from, c.stage)) return [];
    return [{ customerId: c.id, memberId: c.ownerId, from, to: c.stage, movedAt: at, source: 'customer' as const, followUpIds: latest ? [latest.id] : [] }];
  });

const followUpMoves = (lines: Map<string, FollowUpRow[]>, day: Day): UnrecordedStageMove[] =>
  [...lines.values()].flatMap((list) =>
    list.flatMap((f, i) => {
      const at = stageEditedAt(f);
      const from = list[i - 1]?.stage ?? '';
      if (!day.onDay(at) || day.touched.has(f.customerId) || !day.forward(from, f.stage)) return [];
      return [{ customerId: f.customerId, memberId: f.ownerId, from, to: f.stage, movedAt: at, source: 'followUp' as const, followUpIds: [f.id] }];
    }),
  );

/**
 * DOMAIN.md "a stage moved forward with no follow-up that day", read from the per-field clocks: on `day`,
 * someone edited a customer's stage (or an older follow-up's stage) to one ranked above what its
 * follow-ups had reached, and the customer has no follow-up dated that day. Moves to 丢单 are not forward.
 */
export const unrecordedStageMoves = (input: UnrecordedStageMovesInput): UnrecordedStageMove[] => {
  const { start, end } = dayWindow(input.day, input.utcOffsetMinutes);
  const stages = new Map(input.stages.map((s) => [s.id, s]));
  const live = input.followUps.filter((f) => !f.trashed);
  const day: Day = {
    onDay: (at): at is number => at !== null && at >= start && at < end,
    forward: (from, to) => {
      const target = stages.get(to);
      return target !== undefined && target.kind !== 'lost' && target.rank > (stages.get(from)?.rank ?? 0);
    },
    touched: new Set(live.filter((f) => f.followedAt >= start && f.followedAt < end).map((f) => f.customerId)),
  };
  const lines = timelines(live);
  return [...customerMoves(input.customers, lines, end, day), ...followUpMoves(lines, day)].sort((a, b) => a.movedAt - b.movedAt);
};

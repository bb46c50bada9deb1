import type { CustomerDoc } from '../db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { StageOption } from '../domain/options.ts';

/** The customer fields the dashboard reads. */
export type DashboardCustomer = Pick<CustomerDoc, 'id' | 'name' | 'source' | 'ownerId' | 'createdAt' | 'createdBy' | 'trashed' | 'evidence' | 'expectedAmount'>;

/** The follow-up fields the dashboard reads (a whole stored follow-up is one). */
export type DashboardRow = Pick<FollowUpDoc, 'id' | 'customerId' | 'followedAt' | 'stage' | 'ownerId' | 'nextOwnerId' | 'method' | 'amount' | 'nextDate' | 'nextAction' | 'trashed'>;

export type DashboardIndexInput = {
  /** Every follow-up in memory (the grid's working set), any order; trashed ones are left out. */
  followUps: Iterable<DashboardRow>;
  customers: readonly DashboardCustomer[];
  stages: readonly StageOption[];
};

/**
 * The team's follow-ups laid out once per data change, so a filter change only loops over the rows of
 * its period: rows in time order (followedAt, then id — the order precedingFollowUps uses), each field
 * the charts test held in a typed array of small dictionary indexes, and each customer's rows in order.
 */
export type DashboardIndex = {
  /** Live follow-ups in time order. */
  rows: readonly DashboardRow[];
  at: Float64Array;
  /** Index into memberIds of the row's 责任人, and of its plan's owner (下一步负责人, else 责任人). */
  owner: Int32Array;
  planOwner: Int32Array;
  /** Index into customerIds. */
  customer: Int32Array;
  /** Index into stageIds. */
  stage: Int32Array;
  /** 1 when the row's stage differs from the same customer's previous follow-up (or it has none): a stage move, as the daily report counts. */
  moved: Uint8Array;
  memberIds: readonly string[];
  memberIndex: ReadonlyMap<string, number>;
  customerIds: readonly string[];
  customerIndex: ReadonlyMap<string, number>;
  /** The customer record by customer index (undefined for a follow-up whose customer is unknown here). */
  customers: readonly (DashboardCustomer | undefined)[];
  /** Index into sourceIds of each customer's 来源渠道 (-1: none). */
  customerSource: Int32Array;
  sourceIndex: ReadonlyMap<string, number>;
  stageIds: readonly string[];
  stageIndex: ReadonlyMap<string, number>;
  stages: readonly StageOption[];
  /** Each customer's rows, oldest first: positions customerRows[customerStart[c] … customerStart[c + 1]). */
  customerStart: Int32Array;
  customerRows: Int32Array;
};

const dictionary = () => {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const of = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  return { ids, index, of };
};

const timeOrder = (followUps: Iterable<DashboardRow>): DashboardRow[] => {
  const rows: DashboardRow[] = [];
  for (const f of followUps) if (!f.trashed) rows.push(f);
  return rows.sort((a, b) => a.followedAt - b.followedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};

/** Customer rows in CSR form: a counting sort by customer keeps each customer's rows in time order. */
const groupByCustomer = (customer: Int32Array, customerCount: number) => {
  const customerStart = new Int32Array(customerCount + 1);
  for (let i = 0; i < customer.length; i++) customerStart[customer[i]! + 1]!++;
  for (let c = 0; c < customerCount; c++) customerStart[c + 1]! += customerStart[c]!;
  const fill = customerStart.slice(0, customerCount);
  const customerRows = new Int32Array(customer.length);
  for (let i = 0; i < customer.length; i++) customerRows[fill[customer[i]!]!++] = i;
  return { customerStart, customerRows };
};

const movesOf = (stage: Int32Array, customerStart: Int32Array, customerRows: Int32Array): Uint8Array => {
  const moved = new Uint8Array(stage.length);
  for (let c = 0; c + 1 < customerStart.length; c++) {
    let previous = -1;
    for (let k = customerStart[c]!; k < customerStart[c + 1]!; k++) {
      const i = customerRows[k]!;
      if (stage[i] !== previous) moved[i] = 1;
      previous = stage[i]!;
    }
  }
  return moved;
};

/** Builds the index (one sort and a few passes); do it when the follow-ups or customers change, not per filter. */
export const buildDashboardIndex = (input: DashboardIndexInput): DashboardIndex => {
  const rows = timeOrder(input.followUps);
  const members = dictionary();
  const customers = dictionary();
  const sources = dictionary();
  const stageDict = dictionary();
  for (const s of input.stages) stageDict.of(s.id);
  const known = new Map(input.customers.map((c) => [c.id, c]));
  const n = rows.length;
  const at = new Float64Array(n);
  const owner = new Int32Array(n);
  const planOwner = new Int32Array(n);
  const customer = new Int32Array(n);
  const stage = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    at[i] = r.followedAt;
    owner[i] = members.of(r.ownerId);
    planOwner[i] = members.of(r.nextOwnerId || r.ownerId);
    customer[i] = customers.of(r.customerId);
    stage[i] = stageDict.of(r.stage);
  }
  for (const c of input.customers) customers.of(c.id);
  const customerRecords = customers.ids.map((id) => known.get(id));
  const customerSource = Int32Array.from(customerRecords, (c) => (c?.source ? sources.of(c.source) : -1));
  const { customerStart, customerRows } = groupByCustomer(customer, customers.ids.length);
  return {
    rows, at, owner, planOwner, customer, stage,
    moved: movesOf(stage, customerStart, customerRows),
    memberIds: members.ids, memberIndex: members.index,
    customerIds: customers.ids, customerIndex: customers.index, customers: customerRecords, customerSource,
    sourceIndex: sources.index,
    stageIds: stageDict.ids, stageIndex: stageDict.index, stages: input.stages,
    customerStart, customerRows,
  };
};

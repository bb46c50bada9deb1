import type { FollowUpDoc } from '../db/schemas/followUpSchema.ts';
import type { StageOption } from '../domain/options.ts';

type Row = Pick<FollowUpDoc, 'id' | 'customerId' | 'followedAt' | 'stage' | 'ownerId' | 'trashed'>;

/** One side of a conversion: customers that entered the stage, how many went further, and the rows behind them. */
export type ConversionCell = {
  entered: number;
  converted: number;
  /** converted ÷ entered; null when nobody entered. */
  rate: number | null;
  /** The follow-up that first moved each customer into the stage in the period (one per customer). */
  enteredIds: string[];
  /** The subset of enteredIds whose customer reached a later stage by the period's end. */
  convertedIds: string[];
};

/** Stage s → the next stage, for the team and per rep (the rep whose follow-up moved the customer into s). */
export type StageConversion = { stage: string; next: string; team: ConversionCell; byRep: Map<string, ConversionCell> };

export type StageConversionInput = {
  followUps: readonly Row[];
  /** The team's stage list: ranks order the pipeline, kinds tell open from won/lost/after-sales. */
  stages: readonly StageOption[];
  /** The period [from, to) as instants. */
  from: number;
  to: number;
};

type Entry = { row: Row; list: readonly Row[]; index: number };

const cell = (entries: readonly Entry[], converted: (e: Entry) => boolean): ConversionCell => {
  const done = entries.filter(converted);
  return {
    entered: entries.length,
    converted: done.length,
    rate: entries.length === 0 ? null : done.length / entries.length,
    enteredIds: entries.map((e) => e.row.id),
    convertedIds: done.map((e) => e.row.id),
  };
};

const byCustomer = (rows: readonly Row[]): Row[][] => {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.trashed) continue;
    const list = groups.get(r.customerId);
    if (list) list.push(r);
    else groups.set(r.customerId, [r]);
  }
  const lists = [...groups.values()];
  for (const list of lists) list.sort((a, b) => a.followedAt - b.followedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return lists;
};

/** Each customer's first move into the stage in [from, to): once for the team, once per rep who made one. */
const entriesInto = (lists: readonly Row[][], stageId: string, from: number, to: number) => {
  const team: Entry[] = [];
  const reps = new Map<string, Entry[]>();
  for (const list of lists) {
    const counted = new Set<string>();
    list.forEach((row, index) => {
      const moved = row.stage === stageId && list[index - 1]?.stage !== stageId;
      if (!moved || row.followedAt < from || row.followedAt >= to) return;
      const entry = { row, list, index };
      if (counted.size === 0) team.push(entry);
      if (counted.has(row.ownerId)) return;
      counted.add(row.ownerId);
      // push, not a spread copy: a long period gives a rep thousands of entries (the 看板 at 100,000 rows).
      const mine = reps.get(row.ownerId);
      if (mine) mine.push(entry);
      else reps.set(row.ownerId, [entry]);
    });
  }
  return { team, reps };
};

/**
 * DOMAIN.md "Stage conversion rate (stage s → next stage), over a period": customers that entered s in
 * the period and reached any later stage by the period's end ÷ customers that entered s in the period.
 * "Entered" = a follow-up whose stage differs from the customer's previous one, as the daily report
 * counts moves; "later" = a higher-ranked stage that is not 丢单 (won and after-sales are later).
 * A customer who enters s twice counts once, from its first entry in the period.
 */
export const stageConversion = (input: StageConversionInput): StageConversion[] => {
  const info = new Map(input.stages.map((s) => [s.id, s]));
  const forward = input.stages.filter((s) => s.kind === 'open' || s.kind === 'won').sort((a, b) => a.rank - b.rank);
  const later = (stageId: string, than: StageOption): boolean => {
    const s = info.get(stageId);
    return s !== undefined && s.kind !== 'lost' && s.rank > than.rank;
  };
  const lists = byCustomer(input.followUps);
  return forward.flatMap((stage, i) => {
    const next = forward[i + 1];
    if (stage.kind !== 'open' || !next) return [];
    const { team, reps } = entriesInto(lists, stage.id, input.from, input.to);
    const converted = (e: Entry): boolean => e.list.some((r, j) => j > e.index && r.followedAt < input.to && later(r.stage, stage));
    const byRep = new Map([...reps].map(([memberId, entries]) => [memberId, cell(entries, converted)]));
    return [{ stage: stage.id, next: next.id, team: cell(team, converted), byRep }];
  });
};

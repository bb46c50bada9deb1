import { z } from 'zod';
import type { DailyReportDoc } from '../db/schemas/dailyReportSchema.ts';
import type { MemberDoc } from '../db/schemas/memberSchema.ts';
import type { OptionLists } from '../domain/options.ts';
import type { DashboardCustomer, DashboardRow } from './dashboardIndex.ts';

export type SnapshotMember = Pick<MemberDoc, 'id' | 'name' | 'role' | 'active' | 'trashed' | 'joinedAt'>;
export type SnapshotReport = Pick<DailyReportDoc, 'memberId' | 'date' | 'status' | 'submittedAt' | 'lateMinutes' | 'trashed'>;

/**
 * What the 看板 needs to draw before anything is read from IndexedDB: the live follow-ups' dashboard
 * fields, the customers', the members, the reports of the trend's weeks and the team's settings — as
 * they were when it last drew from all rows. About 45 bytes a follow-up instead of a whole document.
 */
export type DashboardSnapshot = {
  savedAt: number;
  rows: DashboardRow[];
  customers: DashboardCustomer[];
  members: SnapshotMember[];
  reports: SnapshotReport[];
  options: OptionLists;
  utcOffsetMinutes: number;
  reportDeadline: string;
};

const KIND = 'salesdesk-dashboard-snapshot';
const VERSION = 1;
/** "No value" in the 16-bit columns (no 下一步负责人, no plan date). */
const NONE = 0xffff;
const SEP = '\u0000';

const headerSchema = z.object({
  kind: z.literal(KIND),
  version: z.literal(VERSION),
  n: z.number().int().min(0),
  savedAt: z.number(),
  customerIds: z.array(z.string()),
  memberIds: z.array(z.string()).max(NONE),
  stageIds: z.array(z.string()).max(NONE),
  methodIds: z.array(z.string()).max(NONE),
  nextDates: z.array(z.string()).max(NONE),
  idBytes: z.number().int().min(0),
  actionCount: z.number().int().min(0),
  actionBytes: z.number().int().min(0),
  customers: z.array(z.object({ id: z.string(), name: z.string(), source: z.string(), createdAt: z.number(), createdBy: z.string(), evidence: z.array(z.object({ node: z.string(), reachedAt: z.string() })) }).passthrough()),
  members: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['admin', 'manager', 'rep']), active: z.boolean(), joinedAt: z.number() }).passthrough()),
  reports: z.array(z.object({ memberId: z.string(), date: z.string(), status: z.enum(['draft', 'submitted']), submittedAt: z.number(), lateMinutes: z.number() }).passthrough()),
  options: z.object({ stages: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string(), rank: z.number() }).passthrough()), methods: z.array(z.object({ id: z.string() }).passthrough()), sources: z.array(z.object({ id: z.string() }).passthrough()) }).passthrough(),
  utcOffsetMinutes: z.number(),
  reportDeadline: z.string(),
});
type Header = z.infer<typeof headerSchema>;

const dictionary = () => {
  const ids: string[] = [];
  const index = new Map<string, number>();
  return { ids, of: (id: string) => index.get(id) ?? (index.set(id, ids.length), ids.push(id) - 1) };
};

/** Bytes of the fixed-width columns per row: at and amount (8 each), customer and plan action (4 each), five 16-bit columns. */
const ROW_BYTES = 8 + 8 + 4 + 4 + 2 * 5;
const pad8 = (n: number) => Math.ceil(n / 8) * 8;

const columnsOf = (buffer: ArrayBuffer, offset: number, n: number) => ({
  at: new Float64Array(buffer, offset, n),
  amount: new Float64Array(buffer, offset + 8 * n, n),
  customer: new Uint32Array(buffer, offset + 16 * n, n),
  action: new Uint32Array(buffer, offset + 20 * n, n),
  owner: new Uint16Array(buffer, offset + 24 * n, n),
  nextOwner: new Uint16Array(buffer, offset + 26 * n, n),
  stage: new Uint16Array(buffer, offset + 28 * n, n),
  method: new Uint16Array(buffer, offset + 30 * n, n),
  nextDate: new Uint16Array(buffer, offset + 32 * n, n),
});

const slim = (c: DashboardCustomer) => ({
  id: c.id, name: c.name, source: c.source, ownerId: c.ownerId, createdAt: c.createdAt, createdBy: c.createdBy, trashed: c.trashed,
  evidence: c.evidence.map((e) => ({ node: e.node, reachedAt: e.reachedAt })), ...(c.expectedAmount === undefined ? {} : { expectedAmount: c.expectedAmount }),
});

/** The snapshot as bytes: a length, a JSON header (dictionaries, customers, members, reports, settings), columns, then two text blocks. */
export const encodeDashboardSnapshot = (s: DashboardSnapshot): ArrayBuffer => {
  const n = s.rows.length;
  const [customers, members, stages, methods, dates, actionTexts] = [dictionary(), dictionary(), dictionary(), dictionary(), dictionary(), dictionary()];
  const encoder = new TextEncoder();
  const ids = encoder.encode(s.rows.map((r) => r.id).join(SEP));
  const fixed = new ArrayBuffer(ROW_BYTES * n);
  const cols = columnsOf(fixed, 0, n);
  s.rows.forEach((r, i) => {
    cols.at[i] = r.followedAt;
    cols.amount[i] = r.amount ?? Number.NaN;
    cols.customer[i] = customers.of(r.customerId);
    // 下一步 actions repeat (「电话回访」, 「发送报价单」): each distinct text is stored once.
    cols.action[i] = actionTexts.of(r.nextAction);
    cols.owner[i] = members.of(r.ownerId);
    cols.nextOwner[i] = r.nextOwnerId === '' ? NONE : members.of(r.nextOwnerId);
    cols.stage[i] = stages.of(r.stage);
    cols.method[i] = methods.of(r.method);
    cols.nextDate[i] = r.nextDate === '' ? NONE : dates.of(r.nextDate);
  });
  const actions = encoder.encode(actionTexts.ids.join(SEP));
  const header: Header = {
    kind: KIND, version: VERSION, n, savedAt: s.savedAt,
    customerIds: customers.ids, memberIds: members.ids, stageIds: stages.ids, methodIds: methods.ids, nextDates: dates.ids,
    idBytes: ids.length, actionCount: actionTexts.ids.length, actionBytes: actions.length,
    customers: s.customers.map(slim), members: s.members, reports: s.reports, options: s.options, utcOffsetMinutes: s.utcOffsetMinutes, reportDeadline: s.reportDeadline,
  } as Header;
  const json = encoder.encode(JSON.stringify(header));
  const start = pad8(4 + json.length);
  const out = new Uint8Array(start + fixed.byteLength + ids.length + actions.length);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  out.set(new Uint8Array(fixed), start);
  out.set(ids, start + fixed.byteLength);
  out.set(actions, start + fixed.byteLength + ids.length);
  return out.buffer;
};

const readHeader = (buffer: ArrayBuffer): Header | null => {
  if (buffer.byteLength < 4) return null;
  const length = new DataView(buffer).getUint32(0, true);
  if (4 + length > buffer.byteLength) return null;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** The snapshot back, or null for anything else (another version, a damaged or cut entry). */
export const decodeDashboardSnapshot = (buffer: ArrayBuffer): DashboardSnapshot | null => {
  const h = readHeader(buffer);
  if (!h) return null;
  const start = pad8(4 + new DataView(buffer).getUint32(0, true));
  const textStart = start + ROW_BYTES * h.n;
  if (textStart + h.idBytes + h.actionBytes !== buffer.byteLength) return null;
  const cols = columnsOf(buffer, start, h.n);
  const decoder = new TextDecoder();
  const ids = h.n === 0 ? [] : decoder.decode(new Uint8Array(buffer, textStart, h.idBytes)).split(SEP);
  const actions = h.actionCount === 0 ? [] : decoder.decode(new Uint8Array(buffer, textStart + h.idBytes, h.actionBytes)).split(SEP);
  if (ids.length !== h.n || actions.length !== h.actionCount) return null;
  const rows: DashboardRow[] = new Array<DashboardRow>(h.n);
  for (let i = 0; i < h.n; i++) {
    const amount = cols.amount[i]!;
    const nextOwner = cols.nextOwner[i]!;
    const nextDate = cols.nextDate[i]!;
    rows[i] = {
      id: ids[i]!, customerId: h.customerIds[cols.customer[i]!] ?? '', followedAt: cols.at[i]!, stage: h.stageIds[cols.stage[i]!] ?? '',
      ownerId: h.memberIds[cols.owner[i]!] ?? '', nextOwnerId: nextOwner === NONE ? '' : (h.memberIds[nextOwner] ?? ''), method: h.methodIds[cols.method[i]!] ?? '',
      nextDate: nextDate === NONE ? '' : (h.nextDates[nextDate] ?? ''), nextAction: actions[cols.action[i]!] ?? '', trashed: false,
      ...(Number.isNaN(amount) ? {} : { amount }),
    };
  }
  const customers = h.customers.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e, note: '', attachmentIds: [] })) })) as unknown as DashboardCustomer[];
  return {
    savedAt: h.savedAt, rows, customers, members: h.members as SnapshotMember[], reports: h.reports as SnapshotReport[],
    options: h.options as OptionLists, utcOffsetMinutes: h.utcOffsetMinutes, reportDeadline: h.reportDeadline,
  };
};

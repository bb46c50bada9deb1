import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryPlain } from '../../renderer/src/db/queryPlain.ts';
import { writeImport } from '../../renderer/src/modules/importExport/utils/writeImport.ts';
import type { SalesDeskDatabase } from '../../shared/db/collections.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import type { CustomerDoc } from '../../shared/db/schemas/customerSchema.ts';
import type { FollowUpDoc } from '../../shared/db/schemas/followUpSchema.ts';
import { generateDemoData, type DemoData } from '../../shared/demo/generateDemoData.ts';
import { toCalendarDate } from '../../shared/domain/calendarDate.ts';
import { buildViewWorkbook } from '../../shared/exporter/buildViewWorkbook.ts';
import { RECORD_ID_HEADER } from '../../shared/exporter/recordIdHeader.ts';
import { gridColumns } from '../../shared/grid/followUpColumns.ts';
import type { GridLookups } from '../../shared/grid/gridTypes.ts';
import { detectHeader } from '../../shared/importer/detectHeader.ts';
import { defaultImportLimits } from '../../shared/importer/importLimits.ts';
import type { ExistingData, ImportPlan } from '../../shared/importer/importTypes.ts';
import { importWrites } from '../../shared/importer/importWrites.ts';
import { mapColumns } from '../../shared/importer/mapColumns.ts';
import { normalizeRows } from '../../shared/importer/normalizeRows.ts';
import { pickSheet } from '../../shared/importer/pickSheet.ts';
import { planImport } from '../../shared/importer/planImport.ts';
import { readWorkbook } from '../../shared/importer/readWorkbook.ts';
import { createHlcClock } from '../../shared/sync/createHlcClock.ts';

/**
 * Issue #5, proof 2: export the grid's view, edit the workbook as a person would in Excel (here with
 * exceljs), re-import it through the same engine and commit path as the wizard → the edited rows are
 * updated in place (matched by the hidden 记录ID column), nothing is duplicated, and importing the same
 * file again changes nothing.
 */
const NOW = Date.UTC(2026, 10, 23, 4);
const IMPORTER = 'admin';

let db: SalesDeskDatabase;
let demo: DemoData;

beforeEach(async () => {
  demo = generateDemoData({ seed: 5, now: NOW, followUps: 50, adminId: IMPORTER });
  db = await openDatabase({ name: `roundtrip${Date.now()}`, storage: validatingStorage(getRxStorageMemory()), only: ['followups', 'customers'] });
  for (const [collection, docs] of [[db.customers, demo.customers], [db.followups, demo.followUps]] as const) {
    const { error } = await collection.bulkInsert(docs as never[]);
    expect(error).toEqual([]);
  }
});
afterEach(() => db.remove());

/** Live follow-ups and customers, read below RxCollection as the wizard's loadExisting does. */
const liveData = async (): Promise<{ customers: CustomerDoc[]; followUps: FollowUpDoc[] }> => {
  const live = { selector: { _deleted: { $eq: false }, trashed: { $eq: false } } };
  return { customers: await queryPlain(db.customers, live), followUps: await queryPlain(db.followups, live) };
};

const lookupsOf = (existing: ExistingData): GridLookups => ({
  customers: new Map(existing.customers.map((c) => [c.id, { name: c.name, stage: c.stage ?? '', contacts: (c.contacts ?? []).map((k) => ({ id: k.id, name: k.name })) }])),
  members: new Map(demo.members.map((m) => [m.id, { name: m.name }])),
  options: demo.teamSettings.options,
  customFields: demo.teamSettings.customFields,
  utcOffsetMinutes: demo.teamSettings.utcOffsetMinutes,
});

/** The 全部 view, newest first, as the grid shows it. */
const exportView = async (): Promise<Uint8Array> => {
  const existing = await liveData();
  const rows = [...existing.followUps].sort((a, b) => b.followedAt - a.followedAt);
  return buildViewWorkbook({ rows, columns: gridColumns(demo.teamSettings.customFields), lookups: lookupsOf(existing), title: '销售跟进表 · 全部', exportedAt: NOW });
};

type Edit = { id: string; summary?: string; status?: string; amount?: number };

/** Opens the file in "Excel", changes the given rows (found by their 记录ID) by their visible labels, saves it. */
const editWorkbook = async (bytes: Uint8Array, pick: (rows: { id: string; summary: string; status: string }[]) => Edit[]): Promise<{ bytes: Uint8Array; edits: Edit[] }> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('销售跟进表');
  if (!sheet) throw new Error('the export has no 销售跟进表 sheet');
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (title: string) => {
    const index = headers.indexOf(title);
    if (index < 1) throw new Error(`no column ${title} in ${headers.join(',')}`);
    return index;
  };
  const [idCol, summaryCol, statusCol, amountCol] = [col(RECORD_ID_HEADER), col('跟进内容摘要'), col('当前状态'), col('金额')];
  const byId = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, n) => {
    if (n > 1) byId.set(String(row.getCell(idCol).value), row);
  });
  const listed = [...byId].map(([id, row]) => ({ id, summary: String(row.getCell(summaryCol).value ?? ''), status: String(row.getCell(statusCol).value ?? '') }));
  const edits = pick(listed);
  for (const edit of edits) {
    const row = byId.get(edit.id)!;
    if (edit.summary !== undefined) row.getCell(summaryCol).value = edit.summary;
    if (edit.status !== undefined) row.getCell(statusCol).value = edit.status;
    if (edit.amount !== undefined) row.getCell(amountCol).value = edit.amount;
  }
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), edits };
};

/** The wizard's engine from bytes to a plan against the team's current data. */
const planFile = async (bytes: Uint8Array, existing: ExistingData): Promise<ImportPlan> => {
  const workbook = await readWorkbook(bytes, 'xlsx', defaultImportLimits);
  if ('ok' in workbook) throw new Error(workbook.message);
  const { customFields, utcOffsetMinutes } = demo.teamSettings;
  const sheet = workbook.sheets[pickSheet(workbook, 'followUps', customFields)]!;
  const header = detectHeader(sheet, customFields);
  const { mapping } = mapColumns(header.headers, 'followUps', undefined, customFields);
  expect(Object.values(mapping)).toContain('id');
  const context = { lookups: lookupsOf(existing), today: toCalendarDate(NOW, utcOffsetMinutes), utcOffsetMinutes, memberId: IMPORTER, rules: demo.teamSettings.validationRules };
  const rows = normalizeRows(sheet, header, mapping, 'followUps', context);
  let n = 0;
  return planImport(rows, 'followUps', existing, { match: 'name', onExisting: 'update', memberId: IMPORTER, newId: () => `imported-${++n}` });
};

/** Commits a plan as the wizard does: importWrites, then writeImport's chunked storage writes. */
const commit = async (plan: ImportPlan, existing: ExistingData): Promise<void> => {
  const writes = importWrites(plan, existing, { batchId: 'b-roundtrip', importerId: IMPORTER, now: NOW + 60_000 });
  const writer = { memberId: IMPORTER, clock: createHlcClock('roundtrip', () => NOW + 60_000), now: () => NOW + 60_000 };
  const t = ((key: string) => key) as unknown as TFunction;
  await writeImport(db, writes, writer, () => undefined, new AbortController().signal, t);
};

const verdicts = (plan: ImportPlan) => Object.fromEntries(plan.rows.map((r) => [r.id, r.verdict]));

describe('export → edit in a workbook → re-import', () => {
  it('updates exactly the edited rows in place, duplicates nothing, and a second import of the file changes nothing', async () => {
    const before = await liveData();
    const exported = await exportView();
    const { bytes, edits } = await editWorkbook(exported, (rows) => {
      const callback = rows.find((r) => r.status === '待回访');
      if (!callback) throw new Error('the demo view has no 待回访 row');
      const others = rows.filter((r) => r.id !== callback.id).slice(3, 6);
      return [
        ...others.map((r, i) => ({ id: r.id, summary: `${r.summary}（第 ${i + 1} 次回访已确认）` })),
        { id: callback.id, status: '已报价', amount: 128_000 },
      ];
    });

    const plan = await planFile(bytes, before);
    expect(plan.rows).toHaveLength(before.followUps.length);
    expect(plan.counts).toEqual({ new: 0, changed: 4, unchanged: before.followUps.length - 4, skipped: 0, rejected: 0 });
    expect(plan.newCustomers).toEqual([]);
    const changedIds = plan.rows.filter((r) => r.verdict === 'changed').map((r) => r.id).sort();
    expect(changedIds).toEqual(edits.map((e) => e.id).sort());
    const statusRow = plan.rows.find((r) => r.id === edits[3]!.id)!;
    expect(statusRow.changes?.map((c) => [c.field, c.to])).toEqual([['status', 'quoted'], ['amount', 128_000]]);
    for (const edit of edits.slice(0, 3)) expect(plan.rows.find((r) => r.id === edit.id)?.changes?.map((c) => c.field)).toEqual(['summary']);

    await commit(plan, before);
    const after = await liveData();
    expect(after.followUps).toHaveLength(before.followUps.length);
    expect(after.customers).toHaveLength(before.customers.length);
    const stored = new Map(after.followUps.map((f) => [f.id, f]));
    for (const edit of edits.slice(0, 3)) expect(stored.get(edit.id)?.summary).toBe(edit.summary);
    expect(stored.get(edits[3]!.id)).toMatchObject({ status: 'quoted', amount: 128_000 });
    // Every other row, and every other field of the edited rows, is as it was.
    const fields = ['customerId', 'contactId', 'followedAt', 'method', 'summary', 'status', 'stage', 'amount', 'nextDate', 'nextAction', 'nextOwnerId', 'ownerId', 'remark', 'custom', 'createdAt', 'createdBy'] as const;
    const edited = new Map(edits.map((e) => [e.id, e]));
    for (const old of before.followUps) {
      const now = stored.get(old.id)!;
      const untouched = fields.filter((f) => !(edited.get(old.id)?.summary !== undefined && f === 'summary') && !(edited.get(old.id)?.status !== undefined && (f === 'status' || f === 'amount')));
      for (const f of untouched) expect(now[f], `${old.id}.${f}`).toEqual(old[f]);
    }

    // The same file again: everything is already there.
    const again = await planFile(bytes, after);
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: after.followUps.length, skipped: 0, rejected: 0 });
    expect(new Set(Object.values(verdicts(again)))).toEqual(new Set(['unchanged']));
  }, 60_000);
});

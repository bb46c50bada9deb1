import { detectHeader } from './detectHeader.ts';
import { importFailure } from './importFailure.ts';
import { importFields } from './importFields.ts';
import type {
  ExistingData,
  ExistingMatch,
  FileKind,
  ImportFailure,
  ImportField,
  ImportLimits,
  ImportPlan,
  ImportSheet,
  ImportTarget,
  ImportWorkbook,
  MappingGuess,
  NormalizeContext,
  NormalizedRow,
  OnExisting,
  ReadControl,
} from './importTypes.ts';
import { layoutKey } from './layoutKey.ts';
import { mapColumns } from './mapColumns.ts';
import { normalizeRows } from './normalizeRows.ts';
import { pickSheet } from './pickSheet.ts';
import { planImport } from './planImport.ts';
import { readWorkbook } from './readWorkbook.ts';
import { sniffFile } from './sniffFile.ts';

export type DryRunOptions = {
  fileName: string;
  target: ImportTarget;
  /** A sheet by name; by default the one pickSheet offers. */
  sheet?: string;
  limits: ImportLimits;
  context: NormalizeContext;
  existing: ExistingData;
  match: ExistingMatch;
  onExisting: OnExisting;
  control?: ReadControl;
};

export type DryRunColumn = { column: string; index: number; header: string; field: string; label: string; confidence: number };

export type DryRunRow = { row: number; verdict: string; id: string; reasons: string[]; warnings: string[]; values: Record<string, unknown>; notes: Record<string, string> };

export type DryRunReport = {
  ok: true;
  file: { name: string; bytes: number; kind: FileKind; encoding?: string };
  sheets: { name: string; hidden: boolean; rows: number }[];
  sheet: string;
  /** The header as Excel numbers it (row) and as the engine indexes it (index into the sheet's rows). */
  header: { row: number; rows: 1 | 2; index: number; headers: string[] };
  layoutKey: string;
  mapping: DryRunColumn[];
  counts: ImportPlan['counts'];
  newCustomers: ImportPlan['newCustomers'];
  newContacts: NonNullable<ImportPlan['newContacts']>;
  warnings: string[];
  rows: DryRunRow[];
};

/** Excel's column letters: 0 → A, 26 → AA. */
const columnLetters = (index: number): string => (index < 26 ? '' : columnLetters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

type Failed = ImportFailure & { file: { name: string; bytes: number } };

/** The sheet asked for, or the one pickSheet offers; a failure naming the sheets there are when it is missing. */
const chooseSheet = (workbook: ImportWorkbook, options: DryRunOptions): ImportSheet | ImportFailure => {
  const { customFields } = options.context.lookups;
  const index = options.sheet === undefined ? pickSheet(workbook, options.target, customFields) : workbook.sheets.findIndex((s) => s.name === options.sheet);
  const sheet = workbook.sheets[index];
  if (sheet) return sheet;
  if (options.sheet === undefined) return importFailure('empty');
  return importFailure('sheetNotFound', `找不到工作表「${options.sheet}」，文件中有：${workbook.sheets.map((s) => `「${s.name}」`).join('、')}`);
};

/** Each column's title and the field it maps to, in the sheet's order, with Excel's column letters. */
const describeMapping = (headers: readonly string[], guess: MappingGuess, fields: readonly ImportField[]): DryRunColumn[] =>
  headers.map((header, index) => {
    const field = guess.mapping[index] ?? '';
    return { column: columnLetters(index), index, header, field, label: fields.find((f) => f.id === field)?.label ?? '', confidence: guess.confidence[index] ?? 0 };
  });

const describeRows = (plan: ImportPlan, rows: readonly NormalizedRow[]): DryRunRow[] =>
  plan.rows.map((p, i) => ({
    row: p.rowNumber,
    verdict: p.verdict,
    id: p.id,
    reasons: p.reasons,
    warnings: rows[i]?.warnings ?? [],
    values: p.values,
    notes: Object.fromEntries(Object.entries(rows[i]?.cells ?? {}).flatMap(([f, c]) => (c.note ? [[f, c.note]] : []))),
  }));

/** What the wizard would show for a file, from bytes to per-row verdicts, without writing anything (the CLI's --dry-run). */
export const dryRunImport = async (bytes: Uint8Array, options: DryRunOptions): Promise<DryRunReport | Failed> => {
  const file = { name: options.fileName, bytes: bytes.length };
  const kind = sniffFile(bytes, options.fileName);
  if (typeof kind !== 'string') return { ...kind, file };
  const workbook = await readWorkbook(bytes, kind, options.limits, options.control);
  if ('ok' in workbook) return { ...workbook, file };
  const sheet = chooseSheet(workbook, options);
  if ('ok' in sheet) return { ...sheet, file };
  const { customFields } = options.context.lookups;
  const header = detectHeader(sheet, customFields);
  const guess = mapColumns(header.headers, options.target, undefined, customFields);
  const rows = normalizeRows(sheet, header, guess.mapping, options.target, options.context);
  const headerRow = sheet.rowNumbers[header.headerRow] ?? 1;
  if (rows.length === 0) return { ...importFailure('empty', `工作表「${sheet.name}」的表头（第 ${headerRow} 行）下面没有数据`, '请确认选择了正确的工作表，并且表头下面有数据行。'), file };
  let next = 0;
  const plan = planImport(rows, options.target, options.existing, { match: options.match, onExisting: options.onExisting, memberId: options.context.memberId, newId: () => `new-${++next}` });
  const fields = importFields(options.target, customFields);
  const mapping = describeMapping(header.headers, guess, fields);
  const missing = fields.filter((f) => f.required && !mapping.some((m) => m.field === f.id)).map((f) => `没有找到「${f.label}」列，请检查表头或手动指定`);
  return {
    ok: true,
    file: { ...file, kind, ...(workbook.encoding ? { encoding: workbook.encoding } : {}) },
    sheets: workbook.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows.length })),
    sheet: sheet.name,
    header: { row: headerRow, rows: header.headerRows, index: header.headerRow, headers: header.headers },
    layoutKey: layoutKey(header.headers),
    mapping,
    counts: plan.counts,
    newCustomers: plan.newCustomers,
    newContacts: plan.newContacts ?? [],
    warnings: [...workbook.warnings, ...missing],
    rows: describeRows(plan, rows),
  };
};

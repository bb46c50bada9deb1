// One measured read of a benchmark sheet, alone in its own process so its peak memory is its own:
//   node tests/bench/importParseChild.ts engine|exceljs FILE
// Prints one JSON line: { ms, rows, peakRssMb, stages?, counts? }.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { detectHeader } from '../../shared/importer/detectHeader.ts';
import { defaultImportLimits } from '../../shared/importer/importLimits.ts';
import { mapColumns } from '../../shared/importer/mapColumns.ts';
import { normalizeRows } from '../../shared/importer/normalizeRows.ts';
import { pickSheet } from '../../shared/importer/pickSheet.ts';
import { planImport } from '../../shared/importer/planImport.ts';
import { readWorkbook } from '../../shared/importer/readWorkbook.ts';
import { sniffFile } from '../../shared/importer/sniffFile.ts';
import { SHEET_OWNERS } from './importSheet.ts';

const [mode, file = ''] = process.argv.slice(2);

/** Sampled as well as read from the kernel's high-water mark, which also counts memory freed between samples. */
let sampledPeak = 0;
const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 50);

/** The baseline: exceljs's own streaming reader, every row and cell visited. */
const streamRead = async (): Promise<{ rows: number }> => {
  let rows = 0;
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      (row as ExcelJS.Row).eachCell(() => cells++);
    }
  }
  if (cells === 0) throw new Error('the streaming reader saw no cells');
  return { rows };
};

/** The wizard's engine from bytes to the preview's verdicts, against an empty team whose reps are the sheet's 业务员. */
const engineRead = async () => {
  const settings = defaultTeamSettings('基准团队', '基准公司');
  const members = new Map(SHEET_OWNERS.map((name, i) => [`m${i}`, { name }]));
  const lookups = { customers: new Map(), members, options: settings.options, customFields: settings.customFields, utcOffsetMinutes: settings.utcOffsetMinutes };
  const marks: Record<string, number> = {};
  let last = performance.now();
  const mark = (stage: string) => ((marks[stage] = performance.now() - last), (last = performance.now()));
  const bytes = new Uint8Array(readFileSync(file));
  const kind = sniffFile(bytes, file);
  if (typeof kind !== 'string') throw new Error(kind.message);
  const workbook = await readWorkbook(bytes, kind, defaultImportLimits);
  if ('ok' in workbook) throw new Error(workbook.message);
  mark('read');
  const sheet = workbook.sheets[pickSheet(workbook, 'followUps', settings.customFields)]!;
  const header = detectHeader(sheet, settings.customFields);
  const { mapping } = mapColumns(header.headers, 'followUps', undefined, settings.customFields);
  mark('header');
  const context = { lookups, today: '2025-01-15', utcOffsetMinutes: settings.utcOffsetMinutes, memberId: 'm0', rules: settings.validationRules };
  const rows = normalizeRows(sheet, header, mapping, 'followUps', context);
  mark('normalize');
  let n = 0;
  const plan = planImport(rows, 'followUps', { customers: [], followUps: [] }, { match: 'name', onExisting: 'update', memberId: 'm0', newId: () => `f${++n}` });
  mark('plan');
  return { rows: rows.length, stages: marks, counts: plan.counts, newCustomers: plan.newCustomers.length, mapped: Object.values(mapping).filter(Boolean).length };
};

const start = performance.now();
const result = mode === 'engine' ? await engineRead() : await streamRead();
const ms = performance.now() - start;
clearInterval(sampler);
const peakRssMb = Math.max(sampledPeak, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
process.stdout.write(`${JSON.stringify({ ms, peakRssMb, ...result })}\n`);

import { defaultTeamSettings } from '../../../shared/domain/defaultTeamSettings.ts';
import { toCalendarDate } from '../../../shared/domain/calendarDate.ts';
import { detectHeader } from '../../../shared/importer/detectHeader.ts';
import { defaultImportLimits } from '../../../shared/importer/importLimits.ts';
import { importWrites, type ImportWrites } from '../../../shared/importer/importWrites.ts';
import { mapColumns } from '../../../shared/importer/mapColumns.ts';
import { normalizeRows } from '../../../shared/importer/normalizeRows.ts';
import { pickSheet } from '../../../shared/importer/pickSheet.ts';
import { planImport } from '../../../shared/importer/planImport.ts';
import { readWorkbook } from '../../../shared/importer/readWorkbook.ts';

/** A 跟进表 as an office exports it: `rows` follow-ups over `rows / 4` customers, owned by `ownerName`. */
export const followUpCsv = (rows: number, ownerName: string): string => {
  const lines = ['客户名称,跟进日期,跟进方式,跟进内容,责任人,当前状态'];
  for (let i = 0; i < rows; i++) lines.push(`导入客户${Math.floor(i / 4)}有限公司,2026/${1 + (i % 9)}/${1 + (i % 27)},电话,第${i}次电话沟通，客户要报价,${ownerName},待回访`);
  return lines.join('\n');
};

/** The wizard's engine from file bytes to the writes its commit makes (new team: no existing data). */
export const planCsvImport = async (csv: string, member: { id: string; name: string }, now: number, batchId: string): Promise<ImportWrites> => {
  const settings = defaultTeamSettings('销售部', '');
  const workbook = await readWorkbook(new TextEncoder().encode(csv), 'csv', defaultImportLimits);
  if ('ok' in workbook) throw new Error(workbook.message);
  const sheet = workbook.sheets[pickSheet(workbook, 'followUps', settings.customFields)];
  if (!sheet) throw new Error('no sheet');
  const header = detectHeader(sheet, settings.customFields);
  const { mapping } = mapColumns(header.headers, 'followUps', undefined, settings.customFields);
  const lookups = { customers: new Map(), members: new Map([[member.id, { name: member.name }]]), options: settings.options, customFields: settings.customFields, utcOffsetMinutes: settings.utcOffsetMinutes };
  const context = { lookups, today: toCalendarDate(now, settings.utcOffsetMinutes), utcOffsetMinutes: settings.utcOffsetMinutes, memberId: member.id, rules: settings.validationRules };
  const normalized = normalizeRows(sheet, header, mapping, 'followUps', context);
  let n = 0;
  const existing = { customers: [], followUps: [] };
  const plan = planImport(normalized, 'followUps', existing, { match: 'name', onExisting: 'update', memberId: member.id, newId: () => `${batchId}-${++n}` });
  if (plan.counts.rejected > 0) throw new Error(`rejected rows: ${JSON.stringify(plan.rows.find((r) => r.verdict === 'rejected')?.reasons)}`);
  return importWrites(plan, existing, { batchId, importerId: member.id, now });
};

// The import engine for the fuzz test, in a worker thread the test can stop when a case hangs. Test
// support, not product code: each message is one mutated file; the reply says what became of it.
import { parentPort } from 'node:worker_threads';
import { defaultTeamSettings } from '../../../shared/domain/defaultTeamSettings.ts';
import { dryRunImport } from '../../../shared/importer/dryRunImport.ts';
import { defaultImportLimits } from '../../../shared/importer/importLimits.ts';

export type FuzzCase = { id: number; name: string; bytes: Uint8Array; timeoutMs: number };
export type FuzzOutcome = { id: number; ok: true; rows: number } | { id: number; ok: false; code: string; message: string } | { id: number; threw: string };

const settings = defaultTeamSettings('', '');
const context = {
  lookups: { customers: new Map(), members: new Map(), options: settings.options, customFields: settings.customFields, utcOffsetMinutes: settings.utcOffsetMinutes },
  utcOffsetMinutes: settings.utcOffsetMinutes, rules: settings.validationRules, today: '2026-12-03', memberId: 'fuzz',
};

parentPort?.on('message', (c: FuzzCase) => {
  const limits = { ...defaultImportLimits, timeoutMs: c.timeoutMs, maxRows: 50_000 };
  dryRunImport(c.bytes, { fileName: c.name, target: 'followUps', limits, context: context as never, existing: { customers: [], followUps: [] }, match: 'name', onExisting: 'update' }).then(
    (report) => parentPort?.postMessage(report.ok ? { id: c.id, ok: true, rows: report.rows.length } : { id: c.id, ok: false, code: report.code, message: report.message }),
    (err: unknown) => parentPort?.postMessage({ id: c.id, threw: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});

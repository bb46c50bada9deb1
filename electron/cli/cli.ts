import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defaultTeamSettings } from '../../shared/domain/defaultTeamSettings.ts';
import { toCalendarDate } from '../../shared/domain/calendarDate.ts';
import type { DryRunOptions } from '../../shared/importer/dryRunImport.ts';
import { defaultImportLimits } from '../../shared/importer/importLimits.ts';
import { formatDryRun } from './formatDryRun.ts';
import { loadHubData, type HubData } from './loadHubData.ts';
import { parseCliArgs, type CliOptions } from './parseCliArgs.ts';
import { runDryRunInWorker } from './runDryRunInWorker.ts';

// Admin and test CLI: `npm run cli -- import FILE --dry-run --json` previews an import with the wizard's engine.

/** The team to normalize against: the hub's (--hub-data) or a new team's defaults (no members or customers yet). */
const teamData = (options: CliOptions): HubData | { message: string } => {
  if (options['hub-data']) return loadHubData(resolve(options['hub-data']));
  const settings = defaultTeamSettings('', '');
  const lookups = { customers: new Map(), members: new Map(), options: settings.options, customFields: settings.customFields, utcOffsetMinutes: settings.utcOffsetMinutes };
  return { context: { lookups, utcOffsetMinutes: settings.utcOffsetMinutes, rules: settings.validationRules }, existing: { customers: [], followUps: [] }, adminId: '' };
};

const readBytes = (file: string): Uint8Array | { message: string } => {
  try {
    if (!statSync(file).isFile()) return { message: `${file} 不是文件。` };
    return new Uint8Array(readFileSync(file));
  } catch {
    return { message: `找不到或无法读取文件 ${file}，请检查路径。` };
  }
};

const main = async (): Promise<number> => {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const options = parsed.options;
  const file = resolve(options.file);
  const bytes = readBytes(file);
  const team = teamData(options);
  for (const problem of [bytes, team]) {
    if ('message' in problem) {
      console.error(problem.message);
      return 2;
    }
  }
  const { context, existing, adminId } = team as HubData;
  const today = options.today ?? toCalendarDate(Date.now(), context.utcOffsetMinutes);
  const dryRun: DryRunOptions = {
    fileName: basename(file), target: options.target, ...(options.sheet ? { sheet: options.sheet } : {}),
    limits: { ...defaultImportLimits, timeoutMs: options.timeout * 1000 },
    context: { ...context, today, memberId: adminId || 'cli' }, existing, match: options.match, onExisting: options['on-existing'],
  };
  const result = await runDryRunInWorker(bytes as Uint8Array, dryRun);
  console.log(options.json ? JSON.stringify(result, null, 2) : formatDryRun(result));
  return result.ok ? 0 : 1;
};

// exitCode, not exit(): a large JSON report written to a pipe must be flushed before the process ends.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`预览失败：${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);

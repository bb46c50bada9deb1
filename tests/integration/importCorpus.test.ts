import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { DryRunResult } from '../../electron/cli/runDryRunInWorker.ts';

/**
 * Every real spreadsheet in ../shared/fixtures/xlsx-corpus (MANIFEST.tsv) goes through the CLI
 * dry run, as an admin would run it: each one either yields rows or fails with the specific code
 * expected for it, within the timeout — never a crash, a hang or a silently empty result.
 */
const CORPUS = resolve(process.cwd(), '..', 'shared', 'fixtures', 'xlsx-corpus');
const ENGINE_TIMEOUT_S = 30;
const run = promisify(execFile);

/** Files that are not readable spreadsheets, by what they are; every other file must read. */
const expectedFailure = (file: string, container: string): string | null => {
  if (container === 'biff') return 'xls';
  if (container === 'encrypted-ooxml') return 'encrypted';
  const special: Record<string, string> = {
    'exceljs__spec__integration__data__invalid-xml.xlsx': 'corrupt',
    'exceljs__spec__integration__data__missing-bits.xlsx': 'corrupt',
    'qax-os__test__BadWorkbook.xlsx': 'empty',
    // A single row: its titles have no data under them.
    'tafia__tests__has_x000D_.xlsx': 'empty',
    'sheetjs__hyperlink_no_rels.xlsx': 'empty',
  };
  return special[file] ?? null;
};

const manifest = (): { file: string; container: string }[] =>
  readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [file = '', , , , , , , container = ''] = line.split('\t');
      return { file, container };
    });

const dryRun = async (file: string): Promise<{ result: DryRunResult; ms: number }> => {
  const started = Date.now();
  const args = ['electron/cli/cli.ts', 'import', join(CORPUS, file), '--dry-run', '--json', '--timeout', String(ENGINE_TIMEOUT_S)];
  const out = await run(process.execPath, args, { cwd: process.cwd(), timeout: (ENGINE_TIMEOUT_S + 15) * 1000, maxBuffer: 512 * 1024 * 1024 }).catch(
    (err: { code?: number; stdout?: string; stderr?: string }) => {
      // Exit code 1 is a file that cannot be imported, reported as JSON; anything else is a crash.
      if (err.code !== 1) throw new Error(`${file}: the CLI crashed (${String(err.code)}): ${err.stderr ?? ''}`);
      return { stdout: err.stdout ?? '' };
    },
  );
  return { result: JSON.parse(out.stdout) as DryRunResult, ms: Date.now() - started };
};

/** Runs `work` over `items`, `width` at a time. */
const inParallel = async <T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
};

// Absent folder: the suite shows as skipped, its name saying where the corpus was expected.
describe.skipIf(!existsSync(CORPUS))(`xlsx corpus in ${CORPUS} (skipped when that folder is absent)`, () => {
  it('lists every file of the folder in its MANIFEST', () => {
    const listed = new Set(manifest().map((m) => m.file));
    expect(readdirSync(CORPUS).filter((f) => f !== 'MANIFEST.tsv' && !listed.has(f))).toEqual([]);
  });

  it('reads every file or refuses it with its specific code, within the timeout', async () => {
    const entries = manifest();
    expect(entries.length).toBeGreaterThanOrEqual(45);
    const outcomes = await inParallel(entries, 4, async ({ file, container }) => {
      const { result, ms } = await dryRun(file);
      const expected = expectedFailure(file, container);
      const outcome = result.ok ? `ok ${result.rows.length} rows from 「${result.sheet}」` : `${result.code}: ${result.message}`;
      return { file, expected: expected ?? 'ok', got: result.ok ? 'ok' : result.code, rows: result.ok ? result.rows.length : 0, message: result.ok ? '' : result.message, ms, outcome };
    });
    for (const o of outcomes) {
      expect(o.got, `${o.file}: ${o.outcome}`).toBe(o.expected);
      expect(o.ms, o.file).toBeLessThan((ENGINE_TIMEOUT_S + 5) * 1000);
      if (o.got === 'ok') expect(o.rows, o.file).toBeGreaterThan(0);
      else expect(o.message.length, o.file).toBeGreaterThan(10);
    }
  }, 300_000);
});

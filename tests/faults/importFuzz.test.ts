import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { mutate, seededRandom } from './support/fuzzMutations.ts';
import type { FuzzCase, FuzzOutcome } from './support/fuzzWorker.ts';

/**
 * The importer fed random mutations of the real spreadsheets in ../shared/fixtures/xlsx-corpus
 * (bit flips, cuts, inserted bytes, and damage inside a workbook's XML parts re-zipped so it reaches
 * the XML reader: broken tags, huge numbers, wrong cell references, entity bombs, lying zip headers).
 * Each mutation goes through the dry-run engine in a worker with a watchdog. Evidence: every case
 * yields rows or a failure with a known code and a Chinese message; none throws, crashes the worker
 * or outlives its timeout. Bounded by FUZZ_MS (default 60 s); the seed (FUZZ_SEED) is printed so a
 * failure can be replayed exactly.
 */
const CORPUS = resolve(process.cwd(), '..', 'shared', 'fixtures', 'xlsx-corpus');
// A fixed seed by default, so CI runs the same cases every time; FUZZ_SEED=$RANDOM explores new ones.
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_203);
const BUDGET_MS = Number(process.env['FUZZ_MS'] ?? 60_000);
const ENGINE_TIMEOUT_MS = 5_000;
/** Past the engine's own timeout, the watchdog's grace before it calls the case a hang. */
const GRACE_MS = 20_000;
const CODES = ['xls', 'encrypted', 'notSpreadsheet', 'corrupt', 'tooLarge', 'tooManyRows', 'timeout', 'empty', 'cancelled', 'sheetNotFound'];
/** Wording that means a programming error leaked into the message rather than a reading of the file. */
const INTERNAL = /TypeError|ReferenceError|RangeError|is not a function|Cannot read propert|of undefined|of null|Maximum call stack/;

type Problem = { kind: string; file: string; caseNo: number; how: string; detail: string };

const corpusFiles = (): { name: string; bytes: Uint8Array }[] =>
  readdirSync(CORPUS)
    .filter((f) => f !== 'MANIFEST.tsv')
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));

/** A worker running the engine, and a way to run one case on it with a watchdog. */
const engine = () => {
  let worker: Worker | null = null;
  let waiting: ((o: FuzzOutcome | { id: number; died: string }) => void) | null = null;
  const start = () => {
    const w = new Worker(new URL('./support/fuzzWorker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    w.on('message', (o: FuzzOutcome) => waiting?.(o));
    w.on('error', (e: Error) => waiting?.({ id: -1, died: `uncaught in the engine: ${e.stack ?? e.message}` }));
    w.on('exit', (code) => waiting?.({ id: -1, died: `worker exited (${code})` }));
    return w;
  };
  const run = (c: FuzzCase): Promise<FuzzOutcome | { id: number; died: string }> =>
    new Promise((done) => {
      worker ??= start();
      const timer = setTimeout(() => finish({ id: c.id, died: `hang: no answer ${ENGINE_TIMEOUT_MS + GRACE_MS} ms after the start` }), ENGINE_TIMEOUT_MS + GRACE_MS);
      const finish = (o: FuzzOutcome | { id: number; died: string }) => {
        clearTimeout(timer);
        waiting = null;
        if ('died' in o) {
          // A dead or stuck engine is replaced for the next case.
          void worker?.terminate();
          worker = null;
        }
        done(o);
      };
      waiting = finish;
      worker.postMessage(c, [c.bytes.buffer as ArrayBuffer]);
    });
  return { run, stop: () => worker?.terminate() };
};

describe.skipIf(!existsSync(CORPUS))(`importer fuzz over ${CORPUS} (seed ${SEED}; skipped when that folder is absent)`, () => {
  it(`every mutation yields rows or a clear refusal — no throw, crash or hang (FUZZ_SEED=${SEED}, FUZZ_MS=${BUDGET_MS})`, async () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThanOrEqual(40);
    const random = seededRandom(SEED);
    const { run, stop } = engine();
    const problems: Problem[] = [];
    const tally = new Map<string, number>();
    // Stopped by the engine's own timeout: a clear refusal, listed so a slow path can be looked at.
    const timeouts: string[] = [];
    const started = Date.now();
    let caseNo = 0;
    try {
      for (; Date.now() - started < BUDGET_MS; caseNo++) {
        const file = files[caseNo % files.length] ?? files[0]!;
        const { bytes, how } = mutate(file.bytes, file.name, random);
        const outcome = await run({ id: caseNo, name: file.name, bytes, timeoutMs: ENGINE_TIMEOUT_MS });
        const problem = (kind: string, detail: string) => problems.push({ kind, file: file.name, caseNo, how, detail: detail.slice(0, 400) });
        if ('died' in outcome) problem('crash or hang', outcome.died);
        else if ('threw' in outcome) problem('uncaught exception', outcome.threw);
        else if (outcome.ok) tally.set('rows', (tally.get('rows') ?? 0) + 1);
        else {
          tally.set(outcome.code, (tally.get(outcome.code) ?? 0) + 1);
          if (outcome.code === 'timeout') timeouts.push(`#${caseNo} ${file.name}: ${how}`);
          if (!CODES.includes(outcome.code)) problem('unknown code', outcome.code);
          if (!/[\u4e00-\u9fff]/.test(outcome.message) || outcome.message.length < 10) problem('unclear message', outcome.message);
          if (INTERNAL.test(outcome.message)) problem('internal error shown as the reason', outcome.message);
        }
      }
    } finally {
      await stop();
    }
    console.log(`importer fuzz: seed ${SEED}, ${caseNo} mutations of ${files.length} files in ${Math.round((Date.now() - started) / 1000)} s →`, Object.fromEntries(tally), timeouts);
    expect(caseNo).toBeGreaterThan(files.length);
    expect(problems, `replay with FUZZ_SEED=${SEED}`).toEqual([]);
  }, BUDGET_MS + 60_000);
});

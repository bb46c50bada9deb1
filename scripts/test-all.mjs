// `npm test`: build the app, then unit + integration tests (vitest), the fault suite (vitest,
// tests/faults) and e2e tests (Playwright in Debian's Chromium). Ends with one "N passed, N failed" line
// covering every runner.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Not test-results/: Playwright empties that folder when it starts.
const results = join(root, 'test-reports');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const step = (title, cmd, args, env = {}) => {
  console.log(`\n=== ${title} ===`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let failedSteps = 0;
if (step('build', bin('electron-vite'), ['build']) !== 0) process.exit(1);

const vitestFile = join(results, 'vitest.json');
failedSteps += step('unit + integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]) ? 1 : 0;
// The fault and abuse suite (issue #9): hub processes killed, networks cut, disks full, hostile messages.
const faultsFile = join(results, 'vitest-faults.json');
failedSteps += step('faults (vitest, tests/faults)', bin('vitest'), ['run', '--config', 'vitest.faults.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${faultsFile}`]) ? 1 : 0;
const playwrightFile = join(results, 'playwright.json');
failedSteps += step('e2e (Playwright, Chromium)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightFile }) ? 1 : 0;

const vitest = readJson(vitestFile);
const faults = readJson(faultsFile);
const playwright = readJson(playwrightFile);
const passed = (vitest?.numPassedTests ?? 0) + (faults?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (faults?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (faults?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);
const broken = failedSteps > 0 && failed === 0 ? 1 : 0;
console.log(`\n${passed} passed, ${failed + broken} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed + broken > 0 ? 1 : 0);

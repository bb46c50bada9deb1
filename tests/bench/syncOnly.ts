// Quick entry to run just the initial-sync benchmark: node tests/bench/syncOnly.ts
import { join } from 'node:path';
import { initialSyncBench } from './initialSyncBench.ts';
const rows = await initialSyncBench(join(import.meta.dirname, '..', '..'));
console.log(rows);

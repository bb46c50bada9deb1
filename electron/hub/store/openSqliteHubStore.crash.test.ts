import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteHubStore } from './openSqliteHubStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'hub-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = fileURLToPath(new URL('./crashWriter.fixture.ts', import.meta.url));
const KILL_AFTER_ACKS = 300;
type Ack = { i: number; seqs: number[] };
type Run = { acks: Ack[]; signal: NodeJS.Signals | null; code: number | null; stderr: string };

/** Runs the writer and SIGKILLs it once it has acknowledged KILL_AFTER_ACKS pushes. */
function runAndKill(file: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fixture, file, '1000000', '20000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? ''; // a line cut by the kill is not an acknowledgement
      for (const line of lines) acks.push(JSON.parse(line) as Ack);
      if (acks.length >= KILL_AFTER_ACKS) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ acks, signal, code, stderr }));
  });
}

describe('openSqliteHubStore durability', () => {
  it('keeps every acknowledged push after the writer is killed with SIGKILL', async () => {
    const file = join(dir, 'crash.sqlite');
    const run = await runAndKill(file);
    expect(run.signal, `writer exited by itself (code ${run.code}): ${run.stderr}`).toBe('SIGKILL');
    expect(run.acks.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    const store = openSqliteHubStore({ file, newId: () => 'unused' });
    const last = run.acks.at(-1);
    expect(store.maxSeq()).toBeGreaterThanOrEqual(Math.max(...(last?.seqs ?? [])));
    for (const { i, seqs } of run.acks) {
      const [created, updated] = seqs;
      expect(store.history('followUps', `doc-${i}`)[0]?.seq).toBe(created);
      if (i > 0) {
        const previous = store.history('followUps', `doc-${i - 1}`);
        expect(previous.map((r) => r.seq)).toContain(updated);
        expect(store.get('followUps', [`doc-${i - 1}`]).get(`doc-${i - 1}`)?.updated).toBe(true);
      }
    }
    store.close();
    assertConsistent(file);
  }, 30_000);
});

function assertConsistent(file: string): void {
  const db = new DatabaseSync(file);
  try {
    expect(db.prepare('PRAGMA integrity_check').all().map((r) => r.integrity_check)).toEqual(['ok']);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    // Every master points at its document's newest revision, and every revised document has a master.
    const mismatched = db.prepare(`
      SELECT r.collection, r.id FROM revisions r GROUP BY r.collection, r.id
      HAVING max(r.seq) IS NOT (SELECT d.seq FROM docs d WHERE d.collection = r.collection AND d.id = r.id)`).all();
    expect(mismatched).toEqual([]);
    const unequal = db.prepare('SELECT count(*) AS n FROM docs d JOIN revisions r ON r.seq = d.seq WHERE r.data <> d.data').get();
    expect(unequal?.n).toBe(0);
  } finally {
    db.close();
  }
}

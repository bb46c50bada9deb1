// Test fixture for openSqliteHubStore.crash.test.ts (not product code): pushes documents in a loop
// and prints one JSON line per acknowledged push, until killed or a count/time bound is reached.
// Usage: node crashWriter.fixture.ts <file> <maxPushes> <maxMs>
import { randomUUID } from 'node:crypto';
import type { PushRow, ReplicatedDoc } from './HubStore.ts';
import { openSqliteHubStore } from './openSqliteHubStore.ts';

const [file = '', maxPushes = '0', maxMs = '0'] = process.argv.slice(2);
const store = openSqliteHubStore({ file, newId: randomUUID });
const started = Date.now();
let previous: ReplicatedDoc | null = null;

for (let i = 0; i < Number(maxPushes) && Date.now() - started < Number(maxMs); i += 1) {
  const fresh: ReplicatedDoc = { id: `doc-${i}`, _deleted: false, n: i, 备注: '跟进记录'.repeat(8) };
  const rows: PushRow[] = [{ assumedMasterState: null, newDocumentState: fresh }];
  // Also update the previous document, so acknowledged updates are checked too.
  if (previous !== null) rows.push({ assumedMasterState: previous, newDocumentState: { ...previous, updated: true } });
  const { written, conflicts } = store.push('followUps', rows, { memberId: 'm', deviceId: 'crash', at: Date.now() });
  if (conflicts.length > 0) throw new Error(`unexpected conflict at push ${i}`);
  // Printed only after push returned, i.e. after COMMIT: this line is the acknowledgement.
  process.stdout.write(`${JSON.stringify({ i, seqs: written.map((w) => w.seq) })}\n`);
  previous = fresh;
}
store.close();

import type { Author, MasterRow, PushOutcome, PushRow } from './HubStore.ts';
import type { HubStatements } from './hubStatements.ts';
import { canonicalJson } from '../../../shared/sync/canonicalJson.ts';
import { replicatedDocJson } from './replicatedDocJson.ts';
import { rowValues } from './rowValues.ts';

/**
 * RxDB master-write semantics for one push; the caller wraps it in a single transaction. Rows are
 * handled in order and each reads the master as left by the rows before it, so two rows for one id
 * behave exactly like two pushes one after the other.
 */
export function pushRows(statements: HubStatements, collection: string, rows: readonly PushRow[], author: Author): PushOutcome {
  const outcome: PushOutcome = { conflicts: [], written: [] };
  for (const row of rows) {
    // Serialise first: it validates the row, so a bad row aborts the push before any lookup by its id.
    const data = replicatedDocJson.stringify(row.newDocumentState);
    const { id } = row.newDocumentState;
    const master = statements.selectMaster.get(collection, id);
    const masterJson = master === undefined ? null : rowValues.text(master, 'data');
    if (isWritable(masterJson, row)) {
      outcome.written.push(writeMaster(statements, { collection, id, data }, author));
    } else if (masterJson !== null) {
      outcome.conflicts.push(replicatedDocJson.parse(masterJson));
    }
  }
  return outcome;
}

/**
 * A write is accepted when the client's assumption matches the master as canonical JSON. When the hub
 * has no master at all the write is accepted whatever the client assumed: the only conflict answer
 * RxDB understands is "here is the real master", and there is none to send. Rejecting silently would
 * lose the edit; this happens when the hub lost the document (restored from an older backup), and
 * accepting is exactly the "clients re-push what the hub lost" recovery the epoch exists for.
 */
function isWritable(masterJson: string | null, row: PushRow): boolean {
  if (masterJson === null) return true;
  return row.assumedMasterState !== null && canonicalJson(row.assumedMasterState) === masterJson;
}

type Write = { collection: string; id: string; data: string };

function writeMaster(statements: HubStatements, { collection, id, data }: Write, author: Author): MasterRow {
  const { lastInsertRowid } = statements.insertRevision.run(collection, id, data, author.memberId, author.deviceId, author.at);
  const seq = Number(lastInsertRowid);
  statements.upsertMaster.run(collection, id, seq, data);
  // Hand back what pull would return (parsed canonical JSON), not the caller's object.
  return { collection, id, seq, doc: replicatedDocJson.parse(data) };
}

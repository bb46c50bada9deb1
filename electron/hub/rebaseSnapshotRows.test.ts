import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/sync/hlc.ts';
import { stampNew, stampPatch } from '../../shared/sync/stampWrite.ts';
import { rebaseSnapshotRows } from './rebaseSnapshotRows.ts';
import { openSqliteHubStore } from './store/openSqliteHubStore.ts';
import type { ReplicatedDoc } from './store/HubStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'rebase-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const store = () => openSqliteHubStore({ file: join(dir, `h${n++}.sqlite`), newId: () => `id${n}` });
const at = (ms: number, node: string) => ({ now: ms, memberId: node, clock: formatHlc({ ms, counter: 0, node }) });
const author = { memberId: 'm', deviceId: 'd', at: 1 };

const original = { ...stampNew({ id: 'f1', status: 'callback', remark: '' }, at(1000, 'a')), _deleted: false } as unknown as ReplicatedDoc;
const edit = (d: ReplicatedDoc, patch: Record<string, unknown>, ms: number, node: string) =>
  ({ ...d, ...stampPatch(d as never, patch, at(ms, node)) }) as unknown as ReplicatedDoc;

describe('rebaseSnapshotRows', () => {
  it('writes a snapshot row as is when the hub has not changed it since the snapshot', () => {
    const s = store();
    s.push('followups', [{ assumedMasterState: null, newDocumentState: original }], author);
    const baseSeq = s.maxSeq();
    const local = edit(original, { status: 'quoted' }, 2000, 'b');
    const rows = rebaseSnapshotRows(s, 'followups', [{ assumedMasterState: null, newDocumentState: local }], baseSeq, s.get('followups', ['f1']));
    expect(rows).toEqual([{ assumedMasterState: original, newDocumentState: local }]);
    s.close();
  });

  it('merges with the snapshot revision as the base when the hub changed the row since: no false conflict', () => {
    const s = store();
    s.push('followups', [{ assumedMasterState: null, newDocumentState: original }], author);
    const baseSeq = s.maxSeq();
    const remote = edit(original, { remark: '张伟补充' }, 1500, 'a');
    s.push('followups', [{ assumedMasterState: original, newDocumentState: remote }], author);
    const local = edit(original, { status: 'quoted' }, 2000, 'b');
    const [row] = rebaseSnapshotRows(s, 'followups', [{ assumedMasterState: null, newDocumentState: local }], baseSeq, s.get('followups', ['f1']));
    expect(row?.assumedMasterState).toEqual(remote);
    expect(row?.newDocumentState).toMatchObject({ status: 'quoted', remark: '张伟补充', conflicts: [] });
    s.close();
  });

  it('records a real same-field conflict, and drops rows identical to the master', () => {
    const s = store();
    s.push('followups', [{ assumedMasterState: null, newDocumentState: original }], author);
    const baseSeq = s.maxSeq();
    const remote = edit(original, { status: 'negotiating' }, 3000, 'a');
    s.push('followups', [{ assumedMasterState: original, newDocumentState: remote }], author);
    const local = edit(original, { status: 'quoted' }, 2000, 'b');
    const masters = s.get('followups', ['f1']);
    const [row] = rebaseSnapshotRows(s, 'followups', [{ assumedMasterState: null, newDocumentState: local }], baseSeq, masters);
    expect(row?.newDocumentState).toMatchObject({ status: 'negotiating', conflicts: [expect.objectContaining({ field: 'status', value: 'quoted' })] });
    expect(rebaseSnapshotRows(s, 'followups', [{ assumedMasterState: null, newDocumentState: remote }], baseSeq, masters)).toEqual([]);
    s.close();
  });
});

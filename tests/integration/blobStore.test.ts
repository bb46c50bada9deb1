import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOB_PREFIX, MAX_BLOB_BYTES } from '../../shared/attachments/blobProtocol.ts';
import { fetchBlob, uploadBlob } from '../../shared/attachments/blobClient.ts';
import { sha256Hex } from '../../shared/attachments/sha256Hex.ts';
import { openDatabase } from '../../shared/db/openDatabase.ts';
import { validatingStorage } from '../../shared/db/schemaValidator.ts';
import { insertStamped } from '../../shared/db/stampedWrites.ts';
import { clientWriter, createTeamHarness, eventually, type TestClient } from './support/teamHarness.ts';

let team: Awaited<ReturnType<typeof createTeamHarness>>;
beforeEach(async () => {
  team = await createTeamHarness();
});
afterEach(() => team.close());

const contract = new TextEncoder().encode('%PDF-1.4\n技术协议（盖章版）\n'.repeat(2000));
const blobUrl = (sha: string) => `${team.hub.url}${BLOB_PREFIX}${sha}`;
const messageOf = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

/** A desktop that replicates attachment records (and members, which every client needs). */
const desk = async (name: string, role: 'admin' | 'manager' | 'rep'): Promise<TestClient> => {
  const db = await openDatabase({ name: `blob${Date.now()}${name}`, storage: validatingStorage(getRxStorageMemory()), only: ['attachments', 'members'] });
  return team.connect(name, db, await team.member(role, name));
};

/** A PUT without Content-Length (chunked), so the hub finds the size only while reading. */
const putChunked = (sha: string, token: string, chunks: Uint8Array[]): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const req = request(blobUrl(sha), { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Transfer-Encoding': 'chunked' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });

describe('attachments through a real hub on loopback', () => {
  it('a rep uploads a contract, its record syncs, a manager on another desktop fetches the same bytes', async () => {
    const rep = await desk('李娜', 'rep');
    const manager = await desk('王五', 'manager');
    const sha = sha256Hex(contract);
    expect(await uploadBlob(team.hub.url, rep.token, sha, contract)).toEqual({ ok: true, stored: true });
    // Content-addressed: the same bytes again are already there.
    expect(await uploadBlob(team.hub.url, rep.token, sha, contract)).toEqual({ ok: true, stored: false });
    expect(existsSync(join(team.dir, 'data', 'blobs', sha.slice(0, 2), sha))).toBe(true);

    await insertStamped(
      rep.db.attachments,
      { id: 'a1', ownerType: 'evidence', ownerId: 'c1:techAgreement', fileName: '技术协议（盖章版）.pdf', mime: 'application/pdf', size: contract.length, sha256: sha },
      clientWriter(rep),
    );
    let seen = '';
    await eventually(async () => {
      seen = (await manager.db.attachments.findOne('a1').exec())?.sha256 ?? '';
      expect(seen).toBe(sha);
    });
    const fetched = await fetchBlob(team.hub.url, manager.token, seen);
    expect(fetched.ok && Buffer.from(fetched.bytes).equals(Buffer.from(contract))).toBe(true);
  });

  it('refuses a file over the size limit, whether its size is declared or only found while reading', async () => {
    const admin = await team.member('admin', '张伟');
    const big = new Uint8Array(MAX_BLOB_BYTES + 1).fill(7);
    const sha = sha256Hex(big);
    const declared = await uploadBlob(team.hub.url, admin.token, sha, big);
    expect(declared).toEqual({ ok: false, reason: 'refused', message: '附件不能超过 20.0 MB：请压缩文件或拆分后再上传。' });
    const chunked = await putChunked(sha, admin.token, [big.subarray(0, 8_000_000), big.subarray(8_000_000)]);
    expect(chunked.status).toBe(413);
    expect(chunked.body).toContain('附件不能超过 20.0 MB');
    expect((await fetch(blobUrl(sha), { headers: { Authorization: `Bearer ${admin.token}` } })).status).toBe(404);
    // Exactly at the limit is accepted.
    const fits = big.subarray(0, MAX_BLOB_BYTES);
    expect(await uploadBlob(team.hub.url, admin.token, sha256Hex(fits), fits)).toEqual({ ok: true, stored: true });
  });

  it('refuses without a token, with a revoked token, and answers a missing blob in Chinese', async () => {
    const sha = sha256Hex(contract);
    const anonymous = await fetch(blobUrl(sha), { method: 'PUT', body: contract });
    expect(anonymous.status).toBe(401);
    expect(await messageOf(anonymous)).toBe('身份令牌无效或已被撤销：请重新加入团队后再上传或查看附件。');
    expect((await fetch(blobUrl(sha))).status).toBe(401);

    const rep = await team.member('rep', '赵六');
    expect(await uploadBlob(team.hub.url, rep.token, sha, contract)).toEqual({ ok: true, stored: true });
    team.hub.store.revokeMember(rep.memberId, Date.now());
    const revoked = await fetchBlob(team.hub.url, rep.token, sha);
    expect(revoked).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('身份令牌无效或已被撤销') });

    const admin = await team.member('admin', '张伟');
    const missing = await fetchBlob(team.hub.url, admin.token, 'f'.repeat(64));
    expect(missing).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('团队服务器上还没有这个附件') });
  });

  it('refuses content that does not match its name, and a name that is no SHA-256', async () => {
    const admin = await team.member('admin', '张伟');
    const claimed = sha256Hex(new TextEncoder().encode('另一份文件'));
    expect(await uploadBlob(team.hub.url, admin.token, claimed, contract)).toEqual({
      ok: false, reason: 'refused', message: '附件内容与编号不符（上传中可能出错），没有保存：请重新上传。',
    });
    expect((await fetch(blobUrl(claimed), { headers: { Authorization: `Bearer ${admin.token}` } })).status).toBe(404);
    const bad = await fetch(`${team.hub.url}${BLOB_PREFIX}..%2F..%2Fhub.sqlite`, { headers: { Authorization: `Bearer ${admin.token}` } });
    expect(bad.status).toBe(400);
    expect(await messageOf(bad)).toContain('SHA-256');
  });

  it('lets a desktop page (another origin) call it: the preflight allows the token header', async () => {
    const res = await fetch(blobUrl(sha256Hex(contract)), { method: 'OPTIONS', headers: { Origin: 'app://salesdesk', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
